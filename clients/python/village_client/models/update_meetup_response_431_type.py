from typing import Literal

UpdateMeetupResponse431Type = Literal["/problems/request-header-fields-too-large"]

UPDATE_MEETUP_RESPONSE_431_TYPE_VALUES: set[UpdateMeetupResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_update_meetup_response_431_type(value: str) -> UpdateMeetupResponse431Type:
    if value in UPDATE_MEETUP_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_MEETUP_RESPONSE_431_TYPE_VALUES!r}"
    )
