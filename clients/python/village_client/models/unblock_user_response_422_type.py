from typing import Literal

UnblockUserResponse422Type = Literal["/problems/validation-error"]

UNBLOCK_USER_RESPONSE_422_TYPE_VALUES: set[UnblockUserResponse422Type] = {
    "/problems/validation-error",
}


def check_unblock_user_response_422_type(value: str) -> UnblockUserResponse422Type:
    if value in UNBLOCK_USER_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNBLOCK_USER_RESPONSE_422_TYPE_VALUES!r}"
    )
