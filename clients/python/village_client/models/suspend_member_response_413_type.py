from typing import Literal

SuspendMemberResponse413Type = Literal["/problems/payload-too-large"]

SUSPEND_MEMBER_RESPONSE_413_TYPE_VALUES: set[SuspendMemberResponse413Type] = {
    "/problems/payload-too-large",
}


def check_suspend_member_response_413_type(value: str) -> SuspendMemberResponse413Type:
    if value in SUSPEND_MEMBER_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUSPEND_MEMBER_RESPONSE_413_TYPE_VALUES!r}"
    )
