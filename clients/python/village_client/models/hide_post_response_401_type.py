from typing import Literal

HidePostResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

HIDE_POST_RESPONSE_401_TYPE_VALUES: set[HidePostResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_hide_post_response_401_type(value: str) -> HidePostResponse401Type:
    if value in HIDE_POST_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIDE_POST_RESPONSE_401_TYPE_VALUES!r}"
    )
