from typing import Literal

LeaveResponse503Type = Literal["/problems/service-unavailable"]

LEAVE_RESPONSE_503_TYPE_VALUES: set[LeaveResponse503Type] = {
    "/problems/service-unavailable",
}


def check_leave_response_503_type(value: str) -> LeaveResponse503Type:
    if value in LEAVE_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEAVE_RESPONSE_503_TYPE_VALUES!r}"
    )
