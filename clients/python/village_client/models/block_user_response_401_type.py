from typing import Literal

BlockUserResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

BLOCK_USER_RESPONSE_401_TYPE_VALUES: set[BlockUserResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_block_user_response_401_type(value: str) -> BlockUserResponse401Type:
    if value in BLOCK_USER_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BLOCK_USER_RESPONSE_401_TYPE_VALUES!r}"
    )
