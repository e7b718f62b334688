from typing import Literal

SetRsvpResponse429Type = Literal["/problems/rate-limited"]

SET_RSVP_RESPONSE_429_TYPE_VALUES: set[SetRsvpResponse429Type] = {
    "/problems/rate-limited",
}


def check_set_rsvp_response_429_type(value: str) -> SetRsvpResponse429Type:
    if value in SET_RSVP_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_RSVP_RESPONSE_429_TYPE_VALUES!r}"
    )
