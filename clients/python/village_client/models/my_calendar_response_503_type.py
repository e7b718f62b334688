from typing import Literal

MyCalendarResponse503Type = Literal["/problems/service-unavailable"]

MY_CALENDAR_RESPONSE_503_TYPE_VALUES: set[MyCalendarResponse503Type] = {
    "/problems/service-unavailable",
}


def check_my_calendar_response_503_type(value: str) -> MyCalendarResponse503Type:
    if value in MY_CALENDAR_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MY_CALENDAR_RESPONSE_503_TYPE_VALUES!r}"
    )
