from typing import Literal

RevokeCalendarKeyResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

REVOKE_CALENDAR_KEY_RESPONSE_401_TYPE_VALUES: set[RevokeCalendarKeyResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_revoke_calendar_key_response_401_type(value: str) -> RevokeCalendarKeyResponse401Type:
    if value in REVOKE_CALENDAR_KEY_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVOKE_CALENDAR_KEY_RESPONSE_401_TYPE_VALUES!r}"
    )
