from typing import Literal

GetMeetupResponse500Type = Literal["/problems/internal-error"]

GET_MEETUP_RESPONSE_500_TYPE_VALUES: set[GetMeetupResponse500Type] = {
    "/problems/internal-error",
}


def check_get_meetup_response_500_type(value: str) -> GetMeetupResponse500Type:
    if value in GET_MEETUP_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MEETUP_RESPONSE_500_TYPE_VALUES!r}"
    )
