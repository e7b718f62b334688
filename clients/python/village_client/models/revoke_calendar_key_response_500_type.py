from typing import Literal

RevokeCalendarKeyResponse500Type = Literal["/problems/internal-error"]

REVOKE_CALENDAR_KEY_RESPONSE_500_TYPE_VALUES: set[RevokeCalendarKeyResponse500Type] = {
    "/problems/internal-error",
}


def check_revoke_calendar_key_response_500_type(value: str) -> RevokeCalendarKeyResponse500Type:
    if value in REVOKE_CALENDAR_KEY_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVOKE_CALENDAR_KEY_RESPONSE_500_TYPE_VALUES!r}"
    )
