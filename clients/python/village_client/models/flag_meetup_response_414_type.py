from typing import Literal

FlagMeetupResponse414Type = Literal["/problems/uri-too-long"]

FLAG_MEETUP_RESPONSE_414_TYPE_VALUES: set[FlagMeetupResponse414Type] = {
    "/problems/uri-too-long",
}


def check_flag_meetup_response_414_type(value: str) -> FlagMeetupResponse414Type:
    if value in FLAG_MEETUP_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_MEETUP_RESPONSE_414_TYPE_VALUES!r}"
    )
