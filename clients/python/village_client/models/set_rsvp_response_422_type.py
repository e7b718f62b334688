from typing import Literal

SetRsvpResponse422Type = Literal["/problems/validation-error"]

SET_RSVP_RESPONSE_422_TYPE_VALUES: set[SetRsvpResponse422Type] = {
    "/problems/validation-error",
}


def check_set_rsvp_response_422_type(value: str) -> SetRsvpResponse422Type:
    if value in SET_RSVP_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_RSVP_RESPONSE_422_TYPE_VALUES!r}"
    )
