from typing import Literal

RevokeCalendarKeyResponse503Type = Literal["/problems/service-unavailable"]

REVOKE_CALENDAR_KEY_RESPONSE_503_TYPE_VALUES: set[RevokeCalendarKeyResponse503Type] = {
    "/problems/service-unavailable",
}


def check_revoke_calendar_key_response_503_type(value: str) -> RevokeCalendarKeyResponse503Type:
    if value in REVOKE_CALENDAR_KEY_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVOKE_CALENDAR_KEY_RESPONSE_503_TYPE_VALUES!r}"
    )
