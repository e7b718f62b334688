from typing import Literal

UnsuspendMemberResponse404Type = Literal["/problems/not-found"]

UNSUSPEND_MEMBER_RESPONSE_404_TYPE_VALUES: set[UnsuspendMemberResponse404Type] = {
    "/problems/not-found",
}


def check_unsuspend_member_response_404_type(value: str) -> UnsuspendMemberResponse404Type:
    if value in UNSUSPEND_MEMBER_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUSPEND_MEMBER_RESPONSE_404_TYPE_VALUES!r}"
    )
