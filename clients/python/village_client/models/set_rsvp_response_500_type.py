from typing import Literal

SetRsvpResponse500Type = Literal["/problems/internal-error"]

SET_RSVP_RESPONSE_500_TYPE_VALUES: set[SetRsvpResponse500Type] = {
    "/problems/internal-error",
}


def check_set_rsvp_response_500_type(value: str) -> SetRsvpResponse500Type:
    if value in SET_RSVP_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_RSVP_RESPONSE_500_TYPE_VALUES!r}"
    )
