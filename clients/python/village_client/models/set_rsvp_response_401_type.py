from typing import Literal

SetRsvpResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

SET_RSVP_RESPONSE_401_TYPE_VALUES: set[SetRsvpResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_set_rsvp_response_401_type(value: str) -> SetRsvpResponse401Type:
    if value in SET_RSVP_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_RSVP_RESPONSE_401_TYPE_VALUES!r}"
    )
