from typing import Literal

FlagMeetupResponse503Type = Literal["/problems/service-unavailable"]

FLAG_MEETUP_RESPONSE_503_TYPE_VALUES: set[FlagMeetupResponse503Type] = {
    "/problems/service-unavailable",
}


def check_flag_meetup_response_503_type(value: str) -> FlagMeetupResponse503Type:
    if value in FLAG_MEETUP_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_MEETUP_RESPONSE_503_TYPE_VALUES!r}"
    )
