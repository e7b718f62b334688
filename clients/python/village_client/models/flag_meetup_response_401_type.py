from typing import Literal

FlagMeetupResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

FLAG_MEETUP_RESPONSE_401_TYPE_VALUES: set[FlagMeetupResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_flag_meetup_response_401_type(value: str) -> FlagMeetupResponse401Type:
    if value in FLAG_MEETUP_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_MEETUP_RESPONSE_401_TYPE_VALUES!r}"
    )
