from typing import Literal

WarnMemberResponse500Type = Literal["/problems/internal-error"]

WARN_MEMBER_RESPONSE_500_TYPE_VALUES: set[WarnMemberResponse500Type] = {
    "/problems/internal-error",
}


def check_warn_member_response_500_type(value: str) -> WarnMemberResponse500Type:
    if value in WARN_MEMBER_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WARN_MEMBER_RESPONSE_500_TYPE_VALUES!r}"
    )
