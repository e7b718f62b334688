from typing import Literal

MyCalendarResponse414Type = Literal["/problems/uri-too-long"]

MY_CALENDAR_RESPONSE_414_TYPE_VALUES: set[MyCalendarResponse414Type] = {
    "/problems/uri-too-long",
}


def check_my_calendar_response_414_type(value: str) -> MyCalendarResponse414Type:
    if value in MY_CALENDAR_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MY_CALENDAR_RESPONSE_414_TYPE_VALUES!r}"
    )
