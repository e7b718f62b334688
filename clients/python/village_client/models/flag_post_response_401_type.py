from typing import Literal

FlagPostResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

FLAG_POST_RESPONSE_401_TYPE_VALUES: set[FlagPostResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_flag_post_response_401_type(value: str) -> FlagPostResponse401Type:
    if value in FLAG_POST_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_POST_RESPONSE_401_TYPE_VALUES!r}"
    )
