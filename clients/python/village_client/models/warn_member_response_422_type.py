from typing import Literal

WarnMemberResponse422Type = Literal[
    "/problems/idempotency-key-reused", "/problems/validation-error"
]

WARN_MEMBER_RESPONSE_422_TYPE_VALUES: set[WarnMemberResponse422Type] = {
    "/problems/idempotency-key-reused",
    "/problems/validation-error",
}


def check_warn_member_response_422_type(value: str) -> WarnMemberResponse422Type:
    if value in WARN_MEMBER_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WARN_MEMBER_RESPONSE_422_TYPE_VALUES!r}"
    )
