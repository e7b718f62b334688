from typing import Literal

UpdateMeetupResponse414Type = Literal["/problems/uri-too-long"]

UPDATE_MEETUP_RESPONSE_414_TYPE_VALUES: set[UpdateMeetupResponse414Type] = {
    "/problems/uri-too-long",
}


def check_update_meetup_response_414_type(value: str) -> UpdateMeetupResponse414Type:
    if value in UPDATE_MEETUP_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_MEETUP_RESPONSE_414_TYPE_VALUES!r}"
    )
