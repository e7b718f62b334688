from typing import Literal

SuspendMemberResponse414Type = Literal["/problems/uri-too-long"]

SUSPEND_MEMBER_RESPONSE_414_TYPE_VALUES: set[SuspendMemberResponse414Type] = {
    "/problems/uri-too-long",
}


def check_suspend_member_response_414_type(value: str) -> SuspendMemberResponse414Type:
    if value in SUSPEND_MEMBER_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUSPEND_MEMBER_RESPONSE_414_TYPE_VALUES!r}"
    )
