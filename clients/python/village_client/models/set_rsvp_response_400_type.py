from typing import Literal

SetRsvpResponse400Type = Literal["/problems/malformed-json"]

SET_RSVP_RESPONSE_400_TYPE_VALUES: set[SetRsvpResponse400Type] = {
    "/problems/malformed-json",
}


def check_set_rsvp_response_400_type(value: str) -> SetRsvpResponse400Type:
    if value in SET_RSVP_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_RSVP_RESPONSE_400_TYPE_VALUES!r}"
    )
