from typing import Literal

CreateMeetupResponse414Type = Literal["/problems/uri-too-long"]

CREATE_MEETUP_RESPONSE_414_TYPE_VALUES: set[CreateMeetupResponse414Type] = {
    "/problems/uri-too-long",
}


def check_create_meetup_response_414_type(value: str) -> CreateMeetupResponse414Type:
    if value in CREATE_MEETUP_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MEETUP_RESPONSE_414_TYPE_VALUES!r}"
    )
