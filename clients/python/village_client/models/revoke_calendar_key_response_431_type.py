from typing import Literal

RevokeCalendarKeyResponse431Type = Literal["/problems/request-header-fields-too-large"]

REVOKE_CALENDAR_KEY_RESPONSE_431_TYPE_VALUES: set[RevokeCalendarKeyResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_revoke_calendar_key_response_431_type(value: str) -> RevokeCalendarKeyResponse431Type:
    if value in REVOKE_CALENDAR_KEY_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVOKE_CALENDAR_KEY_RESPONSE_431_TYPE_VALUES!r}"
    )
