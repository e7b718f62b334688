from typing import Literal

CreateMeetupResponse409Type = Literal["/problems/idempotency-in-flight"]

CREATE_MEETUP_RESPONSE_409_TYPE_VALUES: set[CreateMeetupResponse409Type] = {
    "/problems/idempotency-in-flight",
}


def check_create_meetup_response_409_type(value: str) -> CreateMeetupResponse409Type:
    if value in CREATE_MEETUP_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MEETUP_RESPONSE_409_TYPE_VALUES!r}"
    )
