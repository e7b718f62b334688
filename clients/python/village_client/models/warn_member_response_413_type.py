from typing import Literal

WarnMemberResponse413Type = Literal["/problems/payload-too-large"]

WARN_MEMBER_RESPONSE_413_TYPE_VALUES: set[WarnMemberResponse413Type] = {
    "/problems/payload-too-large",
}


def check_warn_member_response_413_type(value: str) -> WarnMemberResponse413Type:
    if value in WARN_MEMBER_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WARN_MEMBER_RESPONSE_413_TYPE_VALUES!r}"
    )
