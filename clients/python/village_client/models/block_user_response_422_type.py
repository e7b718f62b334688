from typing import Literal

BlockUserResponse422Type = Literal[
    "/problems/cannot-block-staff", "/problems/cannot-block-yourself", "/problems/validation-error"
]

BLOCK_USER_RESPONSE_422_TYPE_VALUES: set[BlockUserResponse422Type] = {
    "/problems/cannot-block-staff",
    "/problems/cannot-block-yourself",
    "/problems/validation-error",
}


def check_block_user_response_422_type(value: str) -> BlockUserResponse422Type:
    if value in BLOCK_USER_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BLOCK_USER_RESPONSE_422_TYPE_VALUES!r}"
    )
