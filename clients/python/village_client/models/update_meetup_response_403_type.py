from typing import Literal

UpdateMeetupResponse403Type = Literal[
    "/problems/email-unverified", "/problems/insufficient-scope", "/problems/suspended"
]

UPDATE_MEETUP_RESPONSE_403_TYPE_VALUES: set[UpdateMeetupResponse403Type] = {
    "/problems/email-unverified",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_update_meetup_response_403_type(value: str) -> UpdateMeetupResponse403Type:
    if value in UPDATE_MEETUP_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_MEETUP_RESPONSE_403_TYPE_VALUES!r}"
    )
