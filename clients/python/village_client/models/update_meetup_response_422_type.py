from typing import Literal

UpdateMeetupResponse422Type = Literal["/problems/validation-error"]

UPDATE_MEETUP_RESPONSE_422_TYPE_VALUES: set[UpdateMeetupResponse422Type] = {
    "/problems/validation-error",
}


def check_update_meetup_response_422_type(value: str) -> UpdateMeetupResponse422Type:
    if value in UPDATE_MEETUP_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_MEETUP_RESPONSE_422_TYPE_VALUES!r}"
    )
