from typing import Literal

UnhidePostResponse422Type = Literal["/problems/validation-error"]

UNHIDE_POST_RESPONSE_422_TYPE_VALUES: set[UnhidePostResponse422Type] = {
    "/problems/validation-error",
}


def check_unhide_post_response_422_type(value: str) -> UnhidePostResponse422Type:
    if value in UNHIDE_POST_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNHIDE_POST_RESPONSE_422_TYPE_VALUES!r}"
    )
