from typing import Literal

GetMeetupResponse403Type = Literal["/problems/insufficient-scope"]

GET_MEETUP_RESPONSE_403_TYPE_VALUES: set[GetMeetupResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_get_meetup_response_403_type(value: str) -> GetMeetupResponse403Type:
    if value in GET_MEETUP_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MEETUP_RESPONSE_403_TYPE_VALUES!r}"
    )
