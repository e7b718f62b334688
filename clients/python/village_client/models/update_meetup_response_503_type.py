from typing import Literal

UpdateMeetupResponse503Type = Literal["/problems/service-unavailable"]

UPDATE_MEETUP_RESPONSE_503_TYPE_VALUES: set[UpdateMeetupResponse503Type] = {
    "/problems/service-unavailable",
}


def check_update_meetup_response_503_type(value: str) -> UpdateMeetupResponse503Type:
    if value in UPDATE_MEETUP_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_MEETUP_RESPONSE_503_TYPE_VALUES!r}"
    )
