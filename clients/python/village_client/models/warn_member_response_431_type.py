from typing import Literal

WarnMemberResponse431Type = Literal["/problems/request-header-fields-too-large"]

WARN_MEMBER_RESPONSE_431_TYPE_VALUES: set[WarnMemberResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_warn_member_response_431_type(value: str) -> WarnMemberResponse431Type:
    if value in WARN_MEMBER_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WARN_MEMBER_RESPONSE_431_TYPE_VALUES!r}"
    )
