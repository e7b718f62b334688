from typing import Literal

UnblockUserResponse500Type = Literal["/problems/internal-error"]

UNBLOCK_USER_RESPONSE_500_TYPE_VALUES: set[UnblockUserResponse500Type] = {
    "/problems/internal-error",
}


def check_unblock_user_response_500_type(value: str) -> UnblockUserResponse500Type:
    if value in UNBLOCK_USER_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNBLOCK_USER_RESPONSE_500_TYPE_VALUES!r}"
    )
