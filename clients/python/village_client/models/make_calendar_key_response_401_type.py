from typing import Literal

MakeCalendarKeyResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

MAKE_CALENDAR_KEY_RESPONSE_401_TYPE_VALUES: set[MakeCalendarKeyResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_make_calendar_key_response_401_type(value: str) -> MakeCalendarKeyResponse401Type:
    if value in MAKE_CALENDAR_KEY_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAKE_CALENDAR_KEY_RESPONSE_401_TYPE_VALUES!r}"
    )
