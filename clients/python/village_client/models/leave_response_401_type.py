from typing import Literal

LeaveResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

LEAVE_RESPONSE_401_TYPE_VALUES: set[LeaveResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_leave_response_401_type(value: str) -> LeaveResponse401Type:
    if value in LEAVE_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEAVE_RESPONSE_401_TYPE_VALUES!r}"
    )
