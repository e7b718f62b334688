from typing import Literal

FlagMeetupResponse500Type = Literal["/problems/internal-error"]

FLAG_MEETUP_RESPONSE_500_TYPE_VALUES: set[FlagMeetupResponse500Type] = {
    "/problems/internal-error",
}


def check_flag_meetup_response_500_type(value: str) -> FlagMeetupResponse500Type:
    if value in FLAG_MEETUP_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_MEETUP_RESPONSE_500_TYPE_VALUES!r}"
    )
