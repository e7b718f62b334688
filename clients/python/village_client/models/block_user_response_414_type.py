from typing import Literal

BlockUserResponse414Type = Literal["/problems/uri-too-long"]

BLOCK_USER_RESPONSE_414_TYPE_VALUES: set[BlockUserResponse414Type] = {
    "/problems/uri-too-long",
}


def check_block_user_response_414_type(value: str) -> BlockUserResponse414Type:
    if value in BLOCK_USER_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BLOCK_USER_RESPONSE_414_TYPE_VALUES!r}"
    )
