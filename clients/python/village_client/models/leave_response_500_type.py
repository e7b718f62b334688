from typing import Literal

LeaveResponse500Type = Literal["/problems/internal-error"]

LEAVE_RESPONSE_500_TYPE_VALUES: set[LeaveResponse500Type] = {
    "/problems/internal-error",
}


def check_leave_response_500_type(value: str) -> LeaveResponse500Type:
    if value in LEAVE_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEAVE_RESPONSE_500_TYPE_VALUES!r}"
    )
