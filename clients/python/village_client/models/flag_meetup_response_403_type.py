from typing import Literal

FlagMeetupResponse403Type = Literal[
    "/problems/email-unverified", "/problems/insufficient-scope", "/problems/suspended"
]

FLAG_MEETUP_RESPONSE_403_TYPE_VALUES: set[FlagMeetupResponse403Type] = {
    "/problems/email-unverified",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_flag_meetup_response_403_type(value: str) -> FlagMeetupResponse403Type:
    if value in FLAG_MEETUP_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_MEETUP_RESPONSE_403_TYPE_VALUES!r}"
    )
