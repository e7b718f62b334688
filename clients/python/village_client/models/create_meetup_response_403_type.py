from typing import Literal

CreateMeetupResponse403Type = Literal[
    "/problems/email-unverified", "/problems/insufficient-scope", "/problems/suspended"
]

CREATE_MEETUP_RESPONSE_403_TYPE_VALUES: set[CreateMeetupResponse403Type] = {
    "/problems/email-unverified",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_create_meetup_response_403_type(value: str) -> CreateMeetupResponse403Type:
    if value in CREATE_MEETUP_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MEETUP_RESPONSE_403_TYPE_VALUES!r}"
    )
