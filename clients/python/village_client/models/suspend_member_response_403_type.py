from typing import Literal

SuspendMemberResponse403Type = Literal[
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/out-of-rank",
    "/problems/suspended",
]

SUSPEND_MEMBER_RESPONSE_403_TYPE_VALUES: set[SuspendMemberResponse403Type] = {
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/out-of-rank",
    "/problems/suspended",
}


def check_suspend_member_response_403_type(value: str) -> SuspendMemberResponse403Type:
    if value in SUSPEND_MEMBER_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUSPEND_MEMBER_RESPONSE_403_TYPE_VALUES!r}"
    )
