from typing import Literal

CreateMeetupResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

CREATE_MEETUP_RESPONSE_401_TYPE_VALUES: set[CreateMeetupResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_create_meetup_response_401_type(value: str) -> CreateMeetupResponse401Type:
    if value in CREATE_MEETUP_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MEETUP_RESPONSE_401_TYPE_VALUES!r}"
    )
