from typing import Literal

UpdateMeetupResponse429Type = Literal["/problems/rate-limited"]

UPDATE_MEETUP_RESPONSE_429_TYPE_VALUES: set[UpdateMeetupResponse429Type] = {
    "/problems/rate-limited",
}


def check_update_meetup_response_429_type(value: str) -> UpdateMeetupResponse429Type:
    if value in UPDATE_MEETUP_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_MEETUP_RESPONSE_429_TYPE_VALUES!r}"
    )
