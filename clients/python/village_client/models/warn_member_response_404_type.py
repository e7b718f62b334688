from typing import Literal

WarnMemberResponse404Type = Literal["/problems/not-found"]

WARN_MEMBER_RESPONSE_404_TYPE_VALUES: set[WarnMemberResponse404Type] = {
    "/problems/not-found",
}


def check_warn_member_response_404_type(value: str) -> WarnMemberResponse404Type:
    if value in WARN_MEMBER_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WARN_MEMBER_RESPONSE_404_TYPE_VALUES!r}"
    )
