from typing import Literal

SetRsvpResponse503Type = Literal["/problems/service-unavailable"]

SET_RSVP_RESPONSE_503_TYPE_VALUES: set[SetRsvpResponse503Type] = {
    "/problems/service-unavailable",
}


def check_set_rsvp_response_503_type(value: str) -> SetRsvpResponse503Type:
    if value in SET_RSVP_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_RSVP_RESPONSE_503_TYPE_VALUES!r}"
    )
