from typing import Literal

UnsuspendMemberResponse429Type = Literal["/problems/rate-limited"]

UNSUSPEND_MEMBER_RESPONSE_429_TYPE_VALUES: set[UnsuspendMemberResponse429Type] = {
    "/problems/rate-limited",
}


def check_unsuspend_member_response_429_type(value: str) -> UnsuspendMemberResponse429Type:
    if value in UNSUSPEND_MEMBER_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUSPEND_MEMBER_RESPONSE_429_TYPE_VALUES!r}"
    )
