from typing import Literal

CreateMeetupResponse429Type = Literal["/problems/rate-limited"]

CREATE_MEETUP_RESPONSE_429_TYPE_VALUES: set[CreateMeetupResponse429Type] = {
    "/problems/rate-limited",
}


def check_create_meetup_response_429_type(value: str) -> CreateMeetupResponse429Type:
    if value in CREATE_MEETUP_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MEETUP_RESPONSE_429_TYPE_VALUES!r}"
    )
