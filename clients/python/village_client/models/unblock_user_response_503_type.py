from typing import Literal

UnblockUserResponse503Type = Literal["/problems/service-unavailable"]

UNBLOCK_USER_RESPONSE_503_TYPE_VALUES: set[UnblockUserResponse503Type] = {
    "/problems/service-unavailable",
}


def check_unblock_user_response_503_type(value: str) -> UnblockUserResponse503Type:
    if value in UNBLOCK_USER_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNBLOCK_USER_RESPONSE_503_TYPE_VALUES!r}"
    )
