from typing import Literal

FlagMeetupResponse422Type = Literal[
    "/problems/idempotency-key-reused", "/problems/validation-error"
]

FLAG_MEETUP_RESPONSE_422_TYPE_VALUES: set[FlagMeetupResponse422Type] = {
    "/problems/idempotency-key-reused",
    "/problems/validation-error",
}


def check_flag_meetup_response_422_type(value: str) -> FlagMeetupResponse422Type:
    if value in FLAG_MEETUP_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_MEETUP_RESPONSE_422_TYPE_VALUES!r}"
    )
