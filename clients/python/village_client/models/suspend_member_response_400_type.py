from typing import Literal

SuspendMemberResponse400Type = Literal["/problems/malformed-json"]

SUSPEND_MEMBER_RESPONSE_400_TYPE_VALUES: set[SuspendMemberResponse400Type] = {
    "/problems/malformed-json",
}


def check_suspend_member_response_400_type(value: str) -> SuspendMemberResponse400Type:
    if value in SUSPEND_MEMBER_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUSPEND_MEMBER_RESPONSE_400_TYPE_VALUES!r}"
    )
