from typing import Literal

BlockUserResponse500Type = Literal["/problems/internal-error"]

BLOCK_USER_RESPONSE_500_TYPE_VALUES: set[BlockUserResponse500Type] = {
    "/problems/internal-error",
}


def check_block_user_response_500_type(value: str) -> BlockUserResponse500Type:
    if value in BLOCK_USER_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BLOCK_USER_RESPONSE_500_TYPE_VALUES!r}"
    )
