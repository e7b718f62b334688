from typing import Literal

UnsuspendMemberResponse431Type = Literal["/problems/request-header-fields-too-large"]

UNSUSPEND_MEMBER_RESPONSE_431_TYPE_VALUES: set[UnsuspendMemberResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_unsuspend_member_response_431_type(value: str) -> UnsuspendMemberResponse431Type:
    if value in UNSUSPEND_MEMBER_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUSPEND_MEMBER_RESPONSE_431_TYPE_VALUES!r}"
    )
