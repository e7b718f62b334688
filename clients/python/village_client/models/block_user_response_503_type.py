from typing import Literal

BlockUserResponse503Type = Literal["/problems/service-unavailable"]

BLOCK_USER_RESPONSE_503_TYPE_VALUES: set[BlockUserResponse503Type] = {
    "/problems/service-unavailable",
}


def check_block_user_response_503_type(value: str) -> BlockUserResponse503Type:
    if value in BLOCK_USER_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BLOCK_USER_RESPONSE_503_TYPE_VALUES!r}"
    )
