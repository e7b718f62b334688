from typing import Literal

BlockUserResponse404Type = Literal["/problems/not-found"]

BLOCK_USER_RESPONSE_404_TYPE_VALUES: set[BlockUserResponse404Type] = {
    "/problems/not-found",
}


def check_block_user_response_404_type(value: str) -> BlockUserResponse404Type:
    if value in BLOCK_USER_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BLOCK_USER_RESPONSE_404_TYPE_VALUES!r}"
    )
