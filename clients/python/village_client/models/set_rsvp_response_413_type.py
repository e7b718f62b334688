from typing import Literal

SetRsvpResponse413Type = Literal["/problems/payload-too-large"]

SET_RSVP_RESPONSE_413_TYPE_VALUES: set[SetRsvpResponse413Type] = {
    "/problems/payload-too-large",
}


def check_set_rsvp_response_413_type(value: str) -> SetRsvpResponse413Type:
    if value in SET_RSVP_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_RSVP_RESPONSE_413_TYPE_VALUES!r}"
    )
