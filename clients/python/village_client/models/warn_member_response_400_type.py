from typing import Literal

WarnMemberResponse400Type = Literal["/problems/malformed-json"]

WARN_MEMBER_RESPONSE_400_TYPE_VALUES: set[WarnMemberResponse400Type] = {
    "/problems/malformed-json",
}


def check_warn_member_response_400_type(value: str) -> WarnMemberResponse400Type:
    if value in WARN_MEMBER_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WARN_MEMBER_RESPONSE_400_TYPE_VALUES!r}"
    )
