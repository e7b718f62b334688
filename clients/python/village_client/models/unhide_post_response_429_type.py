from typing import Literal

UnhidePostResponse429Type = Literal["/problems/rate-limited"]

UNHIDE_POST_RESPONSE_429_TYPE_VALUES: set[UnhidePostResponse429Type] = {
    "/problems/rate-limited",
}


def check_unhide_post_response_429_type(value: str) -> UnhidePostResponse429Type:
    if value in UNHIDE_POST_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNHIDE_POST_RESPONSE_429_TYPE_VALUES!r}"
    )
