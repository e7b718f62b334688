from typing import Literal

HidePostResponse413Type = Literal["/problems/payload-too-large"]

HIDE_POST_RESPONSE_413_TYPE_VALUES: set[HidePostResponse413Type] = {
    "/problems/payload-too-large",
}


def check_hide_post_response_413_type(value: str) -> HidePostResponse413Type:
    if value in HIDE_POST_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIDE_POST_RESPONSE_413_TYPE_VALUES!r}"
    )
