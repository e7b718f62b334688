from typing import Literal

HidePostResponse422Type = Literal["/problems/validation-error"]

HIDE_POST_RESPONSE_422_TYPE_VALUES: set[HidePostResponse422Type] = {
    "/problems/validation-error",
}


def check_hide_post_response_422_type(value: str) -> HidePostResponse422Type:
    if value in HIDE_POST_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIDE_POST_RESPONSE_422_TYPE_VALUES!r}"
    )
