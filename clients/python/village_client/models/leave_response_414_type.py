from typing import Literal

LeaveResponse414Type = Literal["/problems/uri-too-long"]

LEAVE_RESPONSE_414_TYPE_VALUES: set[LeaveResponse414Type] = {
    "/problems/uri-too-long",
}


def check_leave_response_414_type(value: str) -> LeaveResponse414Type:
    if value in LEAVE_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEAVE_RESPONSE_414_TYPE_VALUES!r}"
    )
