from typing import Literal

UnsuspendResponse503Type = Literal["/problems/service-unavailable"]

UNSUSPEND_RESPONSE_503_TYPE_VALUES: set[UnsuspendResponse503Type] = {
    "/problems/service-unavailable",
}


def check_unsuspend_response_503_type(value: str) -> UnsuspendResponse503Type:
    if value in UNSUSPEND_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUSPEND_RESPONSE_503_TYPE_VALUES!r}"
    )
