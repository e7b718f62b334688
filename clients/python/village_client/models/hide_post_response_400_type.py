from typing import Literal

HidePostResponse400Type = Literal["/problems/malformed-json"]

HIDE_POST_RESPONSE_400_TYPE_VALUES: set[HidePostResponse400Type] = {
    "/problems/malformed-json",
}


def check_hide_post_response_400_type(value: str) -> HidePostResponse400Type:
    if value in HIDE_POST_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIDE_POST_RESPONSE_400_TYPE_VALUES!r}"
    )
