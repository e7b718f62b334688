from typing import Literal

HidePostResponse414Type = Literal["/problems/uri-too-long"]

HIDE_POST_RESPONSE_414_TYPE_VALUES: set[HidePostResponse414Type] = {
    "/problems/uri-too-long",
}


def check_hide_post_response_414_type(value: str) -> HidePostResponse414Type:
    if value in HIDE_POST_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIDE_POST_RESPONSE_414_TYPE_VALUES!r}"
    )
