from typing import Literal

MyCalendarResponse429Type = Literal["/problems/rate-limited"]

MY_CALENDAR_RESPONSE_429_TYPE_VALUES: set[MyCalendarResponse429Type] = {
    "/problems/rate-limited",
}


def check_my_calendar_response_429_type(value: str) -> MyCalendarResponse429Type:
    if value in MY_CALENDAR_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MY_CALENDAR_RESPONSE_429_TYPE_VALUES!r}"
    )
