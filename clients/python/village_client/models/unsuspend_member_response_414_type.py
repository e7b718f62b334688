from typing import Literal

UnsuspendMemberResponse414Type = Literal["/problems/uri-too-long"]

UNSUSPEND_MEMBER_RESPONSE_414_TYPE_VALUES: set[UnsuspendMemberResponse414Type] = {
    "/problems/uri-too-long",
}


def check_unsuspend_member_response_414_type(value: str) -> UnsuspendMemberResponse414Type:
    if value in UNSUSPEND_MEMBER_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUSPEND_MEMBER_RESPONSE_414_TYPE_VALUES!r}"
    )
