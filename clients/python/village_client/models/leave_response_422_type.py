from typing import Literal

LeaveResponse422Type = Literal["/problems/validation-error"]

LEAVE_RESPONSE_422_TYPE_VALUES: set[LeaveResponse422Type] = {
    "/problems/validation-error",
}


def check_leave_response_422_type(value: str) -> LeaveResponse422Type:
    if value in LEAVE_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEAVE_RESPONSE_422_TYPE_VALUES!r}"
    )
