from typing import Literal

UnhidePostResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

UNHIDE_POST_RESPONSE_401_TYPE_VALUES: set[UnhidePostResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_unhide_post_response_401_type(value: str) -> UnhidePostResponse401Type:
    if value in UNHIDE_POST_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNHIDE_POST_RESPONSE_401_TYPE_VALUES!r}"
    )
