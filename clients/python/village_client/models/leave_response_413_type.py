from typing import Literal

LeaveResponse413Type = Literal["/problems/payload-too-large"]

LEAVE_RESPONSE_413_TYPE_VALUES: set[LeaveResponse413Type] = {
    "/problems/payload-too-large",
}


def check_leave_response_413_type(value: str) -> LeaveResponse413Type:
    if value in LEAVE_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEAVE_RESPONSE_413_TYPE_VALUES!r}"
    )
