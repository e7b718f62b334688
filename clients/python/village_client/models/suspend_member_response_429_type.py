from typing import Literal

SuspendMemberResponse429Type = Literal["/problems/rate-limited"]

SUSPEND_MEMBER_RESPONSE_429_TYPE_VALUES: set[SuspendMemberResponse429Type] = {
    "/problems/rate-limited",
}


def check_suspend_member_response_429_type(value: str) -> SuspendMemberResponse429Type:
    if value in SUSPEND_MEMBER_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUSPEND_MEMBER_RESPONSE_429_TYPE_VALUES!r}"
    )
