from typing import Literal

UpdateMeetupResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

UPDATE_MEETUP_RESPONSE_401_TYPE_VALUES: set[UpdateMeetupResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_update_meetup_response_401_type(value: str) -> UpdateMeetupResponse401Type:
    if value in UPDATE_MEETUP_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_MEETUP_RESPONSE_401_TYPE_VALUES!r}"
    )
