from typing import Literal

MyCalendarResponse431Type = Literal["/problems/request-header-fields-too-large"]

MY_CALENDAR_RESPONSE_431_TYPE_VALUES: set[MyCalendarResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_my_calendar_response_431_type(value: str) -> MyCalendarResponse431Type:
    if value in MY_CALENDAR_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MY_CALENDAR_RESPONSE_431_TYPE_VALUES!r}"
    )
