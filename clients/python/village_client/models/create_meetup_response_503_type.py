from typing import Literal

CreateMeetupResponse503Type = Literal["/problems/service-unavailable"]

CREATE_MEETUP_RESPONSE_503_TYPE_VALUES: set[CreateMeetupResponse503Type] = {
    "/problems/service-unavailable",
}


def check_create_meetup_response_503_type(value: str) -> CreateMeetupResponse503Type:
    if value in CREATE_MEETUP_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MEETUP_RESPONSE_503_TYPE_VALUES!r}"
    )
