from typing import Literal

MakeCalendarKeyResponse414Type = Literal["/problems/uri-too-long"]

MAKE_CALENDAR_KEY_RESPONSE_414_TYPE_VALUES: set[MakeCalendarKeyResponse414Type] = {
    "/problems/uri-too-long",
}


def check_make_calendar_key_response_414_type(value: str) -> MakeCalendarKeyResponse414Type:
    if value in MAKE_CALENDAR_KEY_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAKE_CALENDAR_KEY_RESPONSE_414_TYPE_VALUES!r}"
    )
