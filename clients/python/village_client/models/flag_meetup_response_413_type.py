from typing import Literal

FlagMeetupResponse413Type = Literal["/problems/payload-too-large"]

FLAG_MEETUP_RESPONSE_413_TYPE_VALUES: set[FlagMeetupResponse413Type] = {
    "/problems/payload-too-large",
}


def check_flag_meetup_response_413_type(value: str) -> FlagMeetupResponse413Type:
    if value in FLAG_MEETUP_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_MEETUP_RESPONSE_413_TYPE_VALUES!r}"
    )
