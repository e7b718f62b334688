from typing import Literal

FlagMeetupResponse409Type = Literal["/problems/idempotency-in-flight"]

FLAG_MEETUP_RESPONSE_409_TYPE_VALUES: set[FlagMeetupResponse409Type] = {
    "/problems/idempotency-in-flight",
}


def check_flag_meetup_response_409_type(value: str) -> FlagMeetupResponse409Type:
    if value in FLAG_MEETUP_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_MEETUP_RESPONSE_409_TYPE_VALUES!r}"
    )
