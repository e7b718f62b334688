from typing import Literal

RevokeCalendarKeyResponse403Type = Literal["/problems/insufficient-scope"]

REVOKE_CALENDAR_KEY_RESPONSE_403_TYPE_VALUES: set[RevokeCalendarKeyResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_revoke_calendar_key_response_403_type(value: str) -> RevokeCalendarKeyResponse403Type:
    if value in REVOKE_CALENDAR_KEY_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVOKE_CALENDAR_KEY_RESPONSE_403_TYPE_VALUES!r}"
    )
