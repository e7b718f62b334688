from typing import Literal

SuspendMemberResponse503Type = Literal["/problems/service-unavailable"]

SUSPEND_MEMBER_RESPONSE_503_TYPE_VALUES: set[SuspendMemberResponse503Type] = {
    "/problems/service-unavailable",
}


def check_suspend_member_response_503_type(value: str) -> SuspendMemberResponse503Type:
    if value in SUSPEND_MEMBER_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUSPEND_MEMBER_RESPONSE_503_TYPE_VALUES!r}"
    )
