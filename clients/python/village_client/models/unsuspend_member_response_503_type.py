from typing import Literal

UnsuspendMemberResponse503Type = Literal["/problems/service-unavailable"]

UNSUSPEND_MEMBER_RESPONSE_503_TYPE_VALUES: set[UnsuspendMemberResponse503Type] = {
    "/problems/service-unavailable",
}


def check_unsuspend_member_response_503_type(value: str) -> UnsuspendMemberResponse503Type:
    if value in UNSUSPEND_MEMBER_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUSPEND_MEMBER_RESPONSE_503_TYPE_VALUES!r}"
    )
