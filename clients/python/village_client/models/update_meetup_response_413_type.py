from typing import Literal

UpdateMeetupResponse413Type = Literal["/problems/payload-too-large"]

UPDATE_MEETUP_RESPONSE_413_TYPE_VALUES: set[UpdateMeetupResponse413Type] = {
    "/problems/payload-too-large",
}


def check_update_meetup_response_413_type(value: str) -> UpdateMeetupResponse413Type:
    if value in UPDATE_MEETUP_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_MEETUP_RESPONSE_413_TYPE_VALUES!r}"
    )
