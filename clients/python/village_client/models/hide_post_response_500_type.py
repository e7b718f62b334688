from typing import Literal

HidePostResponse500Type = Literal["/problems/internal-error"]

HIDE_POST_RESPONSE_500_TYPE_VALUES: set[HidePostResponse500Type] = {
    "/problems/internal-error",
}


def check_hide_post_response_500_type(value: str) -> HidePostResponse500Type:
    if value in HIDE_POST_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIDE_POST_RESPONSE_500_TYPE_VALUES!r}"
    )
