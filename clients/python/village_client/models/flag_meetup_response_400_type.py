from typing import Literal

FlagMeetupResponse400Type = Literal["/problems/malformed-json"]

FLAG_MEETUP_RESPONSE_400_TYPE_VALUES: set[FlagMeetupResponse400Type] = {
    "/problems/malformed-json",
}


def check_flag_meetup_response_400_type(value: str) -> FlagMeetupResponse400Type:
    if value in FLAG_MEETUP_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_MEETUP_RESPONSE_400_TYPE_VALUES!r}"
    )
