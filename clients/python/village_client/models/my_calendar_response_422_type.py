from typing import Literal

MyCalendarResponse422Type = Literal["/problems/validation-error"]

MY_CALENDAR_RESPONSE_422_TYPE_VALUES: set[MyCalendarResponse422Type] = {
    "/problems/validation-error",
}


def check_my_calendar_response_422_type(value: str) -> MyCalendarResponse422Type:
    if value in MY_CALENDAR_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MY_CALENDAR_RESPONSE_422_TYPE_VALUES!r}"
    )
