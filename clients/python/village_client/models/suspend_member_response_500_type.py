from typing import Literal

SuspendMemberResponse500Type = Literal["/problems/internal-error"]

SUSPEND_MEMBER_RESPONSE_500_TYPE_VALUES: set[SuspendMemberResponse500Type] = {
    "/problems/internal-error",
}


def check_suspend_member_response_500_type(value: str) -> SuspendMemberResponse500Type:
    if value in SUSPEND_MEMBER_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUSPEND_MEMBER_RESPONSE_500_TYPE_VALUES!r}"
    )
