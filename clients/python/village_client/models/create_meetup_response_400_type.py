from typing import Literal

CreateMeetupResponse400Type = Literal["/problems/malformed-json"]

CREATE_MEETUP_RESPONSE_400_TYPE_VALUES: set[CreateMeetupResponse400Type] = {
    "/problems/malformed-json",
}


def check_create_meetup_response_400_type(value: str) -> CreateMeetupResponse400Type:
    if value in CREATE_MEETUP_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MEETUP_RESPONSE_400_TYPE_VALUES!r}"
    )
