from typing import Literal

UnhidePostResponse500Type = Literal["/problems/internal-error"]

UNHIDE_POST_RESPONSE_500_TYPE_VALUES: set[UnhidePostResponse500Type] = {
    "/problems/internal-error",
}


def check_unhide_post_response_500_type(value: str) -> UnhidePostResponse500Type:
    if value in UNHIDE_POST_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNHIDE_POST_RESPONSE_500_TYPE_VALUES!r}"
    )
