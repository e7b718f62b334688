from typing import Literal

CreateMeetupResponse500Type = Literal["/problems/internal-error"]

CREATE_MEETUP_RESPONSE_500_TYPE_VALUES: set[CreateMeetupResponse500Type] = {
    "/problems/internal-error",
}


def check_create_meetup_response_500_type(value: str) -> CreateMeetupResponse500Type:
    if value in CREATE_MEETUP_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MEETUP_RESPONSE_500_TYPE_VALUES!r}"
    )
