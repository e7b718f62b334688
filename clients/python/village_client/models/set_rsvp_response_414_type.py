from typing import Literal

SetRsvpResponse414Type = Literal["/problems/uri-too-long"]

SET_RSVP_RESPONSE_414_TYPE_VALUES: set[SetRsvpResponse414Type] = {
    "/problems/uri-too-long",
}


def check_set_rsvp_response_414_type(value: str) -> SetRsvpResponse414Type:
    if value in SET_RSVP_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_RSVP_RESPONSE_414_TYPE_VALUES!r}"
    )
