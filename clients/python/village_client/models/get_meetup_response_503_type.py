from typing import Literal

GetMeetupResponse503Type = Literal["/problems/service-unavailable"]

GET_MEETUP_RESPONSE_503_TYPE_VALUES: set[GetMeetupResponse503Type] = {
    "/problems/service-unavailable",
}


def check_get_meetup_response_503_type(value: str) -> GetMeetupResponse503Type:
    if value in GET_MEETUP_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MEETUP_RESPONSE_503_TYPE_VALUES!r}"
    )
