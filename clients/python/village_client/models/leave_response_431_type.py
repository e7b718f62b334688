from typing import Literal

LeaveResponse431Type = Literal["/problems/request-header-fields-too-large"]

LEAVE_RESPONSE_431_TYPE_VALUES: set[LeaveResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_leave_response_431_type(value: str) -> LeaveResponse431Type:
    if value in LEAVE_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEAVE_RESPONSE_431_TYPE_VALUES!r}"
    )
