from typing import Literal

CreateMeetupResponse422Type = Literal[
    "/problems/idempotency-key-reused", "/problems/validation-error"
]

CREATE_MEETUP_RESPONSE_422_TYPE_VALUES: set[CreateMeetupResponse422Type] = {
    "/problems/idempotency-key-reused",
    "/problems/validation-error",
}


def check_create_meetup_response_422_type(value: str) -> CreateMeetupResponse422Type:
    if value in CREATE_MEETUP_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MEETUP_RESPONSE_422_TYPE_VALUES!r}"
    )
