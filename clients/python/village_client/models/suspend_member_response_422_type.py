from typing import Literal

SuspendMemberResponse422Type = Literal["/problems/validation-error"]

SUSPEND_MEMBER_RESPONSE_422_TYPE_VALUES: set[SuspendMemberResponse422Type] = {
    "/problems/validation-error",
}


def check_suspend_member_response_422_type(value: str) -> SuspendMemberResponse422Type:
    if value in SUSPEND_MEMBER_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUSPEND_MEMBER_RESPONSE_422_TYPE_VALUES!r}"
    )
