from typing import Literal

GetMeetupResponse431Type = Literal["/problems/request-header-fields-too-large"]

GET_MEETUP_RESPONSE_431_TYPE_VALUES: set[GetMeetupResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_get_meetup_response_431_type(value: str) -> GetMeetupResponse431Type:
    if value in GET_MEETUP_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MEETUP_RESPONSE_431_TYPE_VALUES!r}"
    )
