from typing import Literal

UnsuspendResponse422Type = Literal["/problems/validation-error"]

UNSUSPEND_RESPONSE_422_TYPE_VALUES: set[UnsuspendResponse422Type] = {
    "/problems/validation-error",
}


def check_unsuspend_response_422_type(value: str) -> UnsuspendResponse422Type:
    if value in UNSUSPEND_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUSPEND_RESPONSE_422_TYPE_VALUES!r}"
    )
