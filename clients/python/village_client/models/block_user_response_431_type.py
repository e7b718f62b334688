from typing import Literal

BlockUserResponse431Type = Literal["/problems/request-header-fields-too-large"]

BLOCK_USER_RESPONSE_431_TYPE_VALUES: set[BlockUserResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_block_user_response_431_type(value: str) -> BlockUserResponse431Type:
    if value in BLOCK_USER_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BLOCK_USER_RESPONSE_431_TYPE_VALUES!r}"
    )
