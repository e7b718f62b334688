from typing import Literal

SuspendMemberResponse404Type = Literal["/problems/not-found"]

SUSPEND_MEMBER_RESPONSE_404_TYPE_VALUES: set[SuspendMemberResponse404Type] = {
    "/problems/not-found",
}


def check_suspend_member_response_404_type(value: str) -> SuspendMemberResponse404Type:
    if value in SUSPEND_MEMBER_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUSPEND_MEMBER_RESPONSE_404_TYPE_VALUES!r}"
    )
