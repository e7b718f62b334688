from typing import Literal

GetMeetupResponse422Type = Literal["/problems/validation-error"]

GET_MEETUP_RESPONSE_422_TYPE_VALUES: set[GetMeetupResponse422Type] = {
    "/problems/validation-error",
}


def check_get_meetup_response_422_type(value: str) -> GetMeetupResponse422Type:
    if value in GET_MEETUP_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MEETUP_RESPONSE_422_TYPE_VALUES!r}"
    )
