from typing import Literal

HidePostResponse404Type = Literal["/problems/not-found"]

HIDE_POST_RESPONSE_404_TYPE_VALUES: set[HidePostResponse404Type] = {
    "/problems/not-found",
}


def check_hide_post_response_404_type(value: str) -> HidePostResponse404Type:
    if value in HIDE_POST_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIDE_POST_RESPONSE_404_TYPE_VALUES!r}"
    )
