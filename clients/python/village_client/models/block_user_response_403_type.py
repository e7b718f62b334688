from typing import Literal

BlockUserResponse403Type = Literal["/problems/insufficient-scope"]

BLOCK_USER_RESPONSE_403_TYPE_VALUES: set[BlockUserResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_block_user_response_403_type(value: str) -> BlockUserResponse403Type:
    if value in BLOCK_USER_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BLOCK_USER_RESPONSE_403_TYPE_VALUES!r}"
    )
