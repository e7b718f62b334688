from typing import Literal

MakeCalendarKeyResponse403Type = Literal["/problems/insufficient-scope"]

MAKE_CALENDAR_KEY_RESPONSE_403_TYPE_VALUES: set[MakeCalendarKeyResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_make_calendar_key_response_403_type(value: str) -> MakeCalendarKeyResponse403Type:
    if value in MAKE_CALENDAR_KEY_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAKE_CALENDAR_KEY_RESPONSE_403_TYPE_VALUES!r}"
    )
