from typing import Literal

MakeCalendarKeyResponse500Type = Literal["/problems/internal-error"]

MAKE_CALENDAR_KEY_RESPONSE_500_TYPE_VALUES: set[MakeCalendarKeyResponse500Type] = {
    "/problems/internal-error",
}


def check_make_calendar_key_response_500_type(value: str) -> MakeCalendarKeyResponse500Type:
    if value in MAKE_CALENDAR_KEY_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAKE_CALENDAR_KEY_RESPONSE_500_TYPE_VALUES!r}"
    )
