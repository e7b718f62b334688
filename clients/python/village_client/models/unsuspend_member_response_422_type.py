from typing import Literal

UnsuspendMemberResponse422Type = Literal["/problems/validation-error"]

UNSUSPEND_MEMBER_RESPONSE_422_TYPE_VALUES: set[UnsuspendMemberResponse422Type] = {
    "/problems/validation-error",
}


def check_unsuspend_member_response_422_type(value: str) -> UnsuspendMemberResponse422Type:
    if value in UNSUSPEND_MEMBER_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUSPEND_MEMBER_RESPONSE_422_TYPE_VALUES!r}"
    )
