from typing import Literal

UnsuspendMemberResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

UNSUSPEND_MEMBER_RESPONSE_401_TYPE_VALUES: set[UnsuspendMemberResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_unsuspend_member_response_401_type(value: str) -> UnsuspendMemberResponse401Type:
    if value in UNSUSPEND_MEMBER_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUSPEND_MEMBER_RESPONSE_401_TYPE_VALUES!r}"
    )
