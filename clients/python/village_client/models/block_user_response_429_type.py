from typing import Literal

BlockUserResponse429Type = Literal["/problems/rate-limited"]

BLOCK_USER_RESPONSE_429_TYPE_VALUES: set[BlockUserResponse429Type] = {
    "/problems/rate-limited",
}


def check_block_user_response_429_type(value: str) -> BlockUserResponse429Type:
    if value in BLOCK_USER_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BLOCK_USER_RESPONSE_429_TYPE_VALUES!r}"
    )
