from typing import Literal

WarnResponse422Type = Literal["/problems/idempotency-key-reused", "/problems/validation-error"]

WARN_RESPONSE_422_TYPE_VALUES: set[WarnResponse422Type] = {
    "/problems/idempotency-key-reused",
    "/problems/validation-error",
}


def check_warn_response_422_type(value: str) -> WarnResponse422Type:
    if value in WARN_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WARN_RESPONSE_422_TYPE_VALUES!r}"
    )
