from typing import Literal

RevokeCalendarKeyResponse429Type = Literal["/problems/rate-limited"]

REVOKE_CALENDAR_KEY_RESPONSE_429_TYPE_VALUES: set[RevokeCalendarKeyResponse429Type] = {
    "/problems/rate-limited",
}


def check_revoke_calendar_key_response_429_type(value: str) -> RevokeCalendarKeyResponse429Type:
    if value in REVOKE_CALENDAR_KEY_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVOKE_CALENDAR_KEY_RESPONSE_429_TYPE_VALUES!r}"
    )
