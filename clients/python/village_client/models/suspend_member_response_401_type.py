from typing import Literal

SuspendMemberResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

SUSPEND_MEMBER_RESPONSE_401_TYPE_VALUES: set[SuspendMemberResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_suspend_member_response_401_type(value: str) -> SuspendMemberResponse401Type:
    if value in SUSPEND_MEMBER_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUSPEND_MEMBER_RESPONSE_401_TYPE_VALUES!r}"
    )
