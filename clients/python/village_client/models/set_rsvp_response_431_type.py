from typing import Literal

SetRsvpResponse431Type = Literal["/problems/request-header-fields-too-large"]

SET_RSVP_RESPONSE_431_TYPE_VALUES: set[SetRsvpResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_set_rsvp_response_431_type(value: str) -> SetRsvpResponse431Type:
    if value in SET_RSVP_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_RSVP_RESPONSE_431_TYPE_VALUES!r}"
    )
