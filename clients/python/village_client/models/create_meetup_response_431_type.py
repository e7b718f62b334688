from typing import Literal

CreateMeetupResponse431Type = Literal["/problems/request-header-fields-too-large"]

CREATE_MEETUP_RESPONSE_431_TYPE_VALUES: set[CreateMeetupResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_create_meetup_response_431_type(value: str) -> CreateMeetupResponse431Type:
    if value in CREATE_MEETUP_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MEETUP_RESPONSE_431_TYPE_VALUES!r}"
    )
