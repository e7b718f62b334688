from typing import Literal

WarnMemberResponse429Type = Literal["/problems/rate-limited"]

WARN_MEMBER_RESPONSE_429_TYPE_VALUES: set[WarnMemberResponse429Type] = {
    "/problems/rate-limited",
}


def check_warn_member_response_429_type(value: str) -> WarnMemberResponse429Type:
    if value in WARN_MEMBER_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WARN_MEMBER_RESPONSE_429_TYPE_VALUES!r}"
    )
