from typing import Literal

SuspendMemberResponse431Type = Literal["/problems/request-header-fields-too-large"]

SUSPEND_MEMBER_RESPONSE_431_TYPE_VALUES: set[SuspendMemberResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_suspend_member_response_431_type(value: str) -> SuspendMemberResponse431Type:
    if value in SUSPEND_MEMBER_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUSPEND_MEMBER_RESPONSE_431_TYPE_VALUES!r}"
    )
