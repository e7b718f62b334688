from typing import Literal

MakeCalendarKeyResponse431Type = Literal["/problems/request-header-fields-too-large"]

MAKE_CALENDAR_KEY_RESPONSE_431_TYPE_VALUES: set[MakeCalendarKeyResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_make_calendar_key_response_431_type(value: str) -> MakeCalendarKeyResponse431Type:
    if value in MAKE_CALENDAR_KEY_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAKE_CALENDAR_KEY_RESPONSE_431_TYPE_VALUES!r}"
    )
