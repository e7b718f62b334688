from typing import Literal

FlagMeetupResponse429Type = Literal["/problems/rate-limited"]

FLAG_MEETUP_RESPONSE_429_TYPE_VALUES: set[FlagMeetupResponse429Type] = {
    "/problems/rate-limited",
}


def check_flag_meetup_response_429_type(value: str) -> FlagMeetupResponse429Type:
    if value in FLAG_MEETUP_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_MEETUP_RESPONSE_429_TYPE_VALUES!r}"
    )
