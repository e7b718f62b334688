from typing import Literal

UpdateMeetupResponse500Type = Literal["/problems/internal-error"]

UPDATE_MEETUP_RESPONSE_500_TYPE_VALUES: set[UpdateMeetupResponse500Type] = {
    "/problems/internal-error",
}


def check_update_meetup_response_500_type(value: str) -> UpdateMeetupResponse500Type:
    if value in UPDATE_MEETUP_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_MEETUP_RESPONSE_500_TYPE_VALUES!r}"
    )
