from typing import Literal

GetMeetupResponse414Type = Literal["/problems/uri-too-long"]

GET_MEETUP_RESPONSE_414_TYPE_VALUES: set[GetMeetupResponse414Type] = {
    "/problems/uri-too-long",
}


def check_get_meetup_response_414_type(value: str) -> GetMeetupResponse414Type:
    if value in GET_MEETUP_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MEETUP_RESPONSE_414_TYPE_VALUES!r}"
    )
