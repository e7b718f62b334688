from typing import Literal

HidePostResponse503Type = Literal["/problems/service-unavailable"]

HIDE_POST_RESPONSE_503_TYPE_VALUES: set[HidePostResponse503Type] = {
    "/problems/service-unavailable",
}


def check_hide_post_response_503_type(value: str) -> HidePostResponse503Type:
    if value in HIDE_POST_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIDE_POST_RESPONSE_503_TYPE_VALUES!r}"
    )
