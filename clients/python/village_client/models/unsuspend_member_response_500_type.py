from typing import Literal

UnsuspendMemberResponse500Type = Literal["/problems/internal-error"]

UNSUSPEND_MEMBER_RESPONSE_500_TYPE_VALUES: set[UnsuspendMemberResponse500Type] = {
    "/problems/internal-error",
}


def check_unsuspend_member_response_500_type(value: str) -> UnsuspendMemberResponse500Type:
    if value in UNSUSPEND_MEMBER_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUSPEND_MEMBER_RESPONSE_500_TYPE_VALUES!r}"
    )
