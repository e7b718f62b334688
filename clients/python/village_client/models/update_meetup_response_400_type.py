from typing import Literal

UpdateMeetupResponse400Type = Literal["/problems/malformed-json"]

UPDATE_MEETUP_RESPONSE_400_TYPE_VALUES: set[UpdateMeetupResponse400Type] = {
    "/problems/malformed-json",
}


def check_update_meetup_response_400_type(value: str) -> UpdateMeetupResponse400Type:
    if value in UPDATE_MEETUP_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_MEETUP_RESPONSE_400_TYPE_VALUES!r}"
    )
