from typing import Literal

WarnMemberResponse409Type = Literal["/problems/idempotency-in-flight"]

WARN_MEMBER_RESPONSE_409_TYPE_VALUES: set[WarnMemberResponse409Type] = {
    "/problems/idempotency-in-flight",
}


def check_warn_member_response_409_type(value: str) -> WarnMemberResponse409Type:
    if value in WARN_MEMBER_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WARN_MEMBER_RESPONSE_409_TYPE_VALUES!r}"
    )
