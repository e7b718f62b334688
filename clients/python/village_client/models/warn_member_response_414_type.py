from typing import Literal

WarnMemberResponse414Type = Literal["/problems/uri-too-long"]

WARN_MEMBER_RESPONSE_414_TYPE_VALUES: set[WarnMemberResponse414Type] = {
    "/problems/uri-too-long",
}


def check_warn_member_response_414_type(value: str) -> WarnMemberResponse414Type:
    if value in WARN_MEMBER_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WARN_MEMBER_RESPONSE_414_TYPE_VALUES!r}"
    )
