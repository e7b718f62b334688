from typing import Literal

HidePostResponse429Type = Literal["/problems/rate-limited"]

HIDE_POST_RESPONSE_429_TYPE_VALUES: set[HidePostResponse429Type] = {
    "/problems/rate-limited",
}


def check_hide_post_response_429_type(value: str) -> HidePostResponse429Type:
    if value in HIDE_POST_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIDE_POST_RESPONSE_429_TYPE_VALUES!r}"
    )
