from typing import Literal

UnhidePostResponse503Type = Literal["/problems/service-unavailable"]

UNHIDE_POST_RESPONSE_503_TYPE_VALUES: set[UnhidePostResponse503Type] = {
    "/problems/service-unavailable",
}


def check_unhide_post_response_503_type(value: str) -> UnhidePostResponse503Type:
    if value in UNHIDE_POST_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNHIDE_POST_RESPONSE_503_TYPE_VALUES!r}"
    )
