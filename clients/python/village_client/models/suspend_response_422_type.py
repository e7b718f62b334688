from typing import Literal

SuspendResponse422Type = Literal["/problems/validation-error"]

SUSPEND_RESPONSE_422_TYPE_VALUES: set[SuspendResponse422Type] = {
    "/problems/validation-error",
}


def check_suspend_response_422_type(value: str) -> SuspendResponse422Type:
    if value in SUSPEND_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUSPEND_RESPONSE_422_TYPE_VALUES!r}"
    )
