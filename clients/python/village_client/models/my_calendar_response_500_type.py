from typing import Literal

MyCalendarResponse500Type = Literal["/problems/internal-error"]

MY_CALENDAR_RESPONSE_500_TYPE_VALUES: set[MyCalendarResponse500Type] = {
    "/problems/internal-error",
}


def check_my_calendar_response_500_type(value: str) -> MyCalendarResponse500Type:
    if value in MY_CALENDAR_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MY_CALENDAR_RESPONSE_500_TYPE_VALUES!r}"
    )
