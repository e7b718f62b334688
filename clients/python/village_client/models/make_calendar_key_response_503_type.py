from typing import Literal

MakeCalendarKeyResponse503Type = Literal["/problems/service-unavailable"]

MAKE_CALENDAR_KEY_RESPONSE_503_TYPE_VALUES: set[MakeCalendarKeyResponse503Type] = {
    "/problems/service-unavailable",
}


def check_make_calendar_key_response_503_type(value: str) -> MakeCalendarKeyResponse503Type:
    if value in MAKE_CALENDAR_KEY_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAKE_CALENDAR_KEY_RESPONSE_503_TYPE_VALUES!r}"
    )
