from typing import Literal

CreateMeetupResponse413Type = Literal["/problems/payload-too-large"]

CREATE_MEETUP_RESPONSE_413_TYPE_VALUES: set[CreateMeetupResponse413Type] = {
    "/problems/payload-too-large",
}


def check_create_meetup_response_413_type(value: str) -> CreateMeetupResponse413Type:
    if value in CREATE_MEETUP_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MEETUP_RESPONSE_413_TYPE_VALUES!r}"
    )
