from typing import Literal

UnsuspendMemberResponse403Type = Literal[
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/out-of-rank",
    "/problems/suspended",
]

UNSUSPEND_MEMBER_RESPONSE_403_TYPE_VALUES: set[UnsuspendMemberResponse403Type] = {
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/out-of-rank",
    "/problems/suspended",
}


def check_unsuspend_member_response_403_type(value: str) -> UnsuspendMemberResponse403Type:
    if value in UNSUSPEND_MEMBER_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUSPEND_MEMBER_RESPONSE_403_TYPE_VALUES!r}"
    )
