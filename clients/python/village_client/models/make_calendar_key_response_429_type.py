from typing import Literal

MakeCalendarKeyResponse429Type = Literal["/problems/rate-limited"]

MAKE_CALENDAR_KEY_RESPONSE_429_TYPE_VALUES: set[MakeCalendarKeyResponse429Type] = {
    "/problems/rate-limited",
}


def check_make_calendar_key_response_429_type(value: str) -> MakeCalendarKeyResponse429Type:
    if value in MAKE_CALENDAR_KEY_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAKE_CALENDAR_KEY_RESPONSE_429_TYPE_VALUES!r}"
    )
