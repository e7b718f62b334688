from typing import Literal

SuspendResponse503Type = Literal["/problems/service-unavailable"]

SUSPEND_RESPONSE_503_TYPE_VALUES: set[SuspendResponse503Type] = {
    "/problems/service-unavailable",
}


def check_suspend_response_503_type(value: str) -> SuspendResponse503Type:
    if value in SUSPEND_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUSPEND_RESPONSE_503_TYPE_VALUES!r}"
    )
