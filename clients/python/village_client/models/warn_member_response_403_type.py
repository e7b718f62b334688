from typing import Literal

WarnMemberResponse403Type = Literal[
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/out-of-rank",
    "/problems/suspended",
]

WARN_MEMBER_RESPONSE_403_TYPE_VALUES: set[WarnMemberResponse403Type] = {
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/out-of-rank",
    "/problems/suspended",
}


def check_warn_member_response_403_type(value: str) -> WarnMemberResponse403Type:
    if value in WARN_MEMBER_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WARN_MEMBER_RESPONSE_403_TYPE_VALUES!r}"
    )
