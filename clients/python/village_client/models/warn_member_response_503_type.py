from typing import Literal

WarnMemberResponse503Type = Literal["/problems/service-unavailable"]

WARN_MEMBER_RESPONSE_503_TYPE_VALUES: set[WarnMemberResponse503Type] = {
    "/problems/service-unavailable",
}


def check_warn_member_response_503_type(value: str) -> WarnMemberResponse503Type:
    if value in WARN_MEMBER_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WARN_MEMBER_RESPONSE_503_TYPE_VALUES!r}"
    )
