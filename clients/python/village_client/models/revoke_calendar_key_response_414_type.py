from typing import Literal

RevokeCalendarKeyResponse414Type = Literal["/problems/uri-too-long"]

REVOKE_CALENDAR_KEY_RESPONSE_414_TYPE_VALUES: set[RevokeCalendarKeyResponse414Type] = {
    "/problems/uri-too-long",
}


def check_revoke_calendar_key_response_414_type(value: str) -> RevokeCalendarKeyResponse414Type:
    if value in REVOKE_CALENDAR_KEY_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVOKE_CALENDAR_KEY_RESPONSE_414_TYPE_VALUES!r}"
    )
