from typing import Literal

FlagMeetupResponse431Type = Literal["/problems/request-header-fields-too-large"]

FLAG_MEETUP_RESPONSE_431_TYPE_VALUES: set[FlagMeetupResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_flag_meetup_response_431_type(value: str) -> FlagMeetupResponse431Type:
    if value in FLAG_MEETUP_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_MEETUP_RESPONSE_431_TYPE_VALUES!r}"
    )
