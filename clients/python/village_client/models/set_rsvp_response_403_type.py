from typing import Literal

SetRsvpResponse403Type = Literal[
    "/problems/email-unverified", "/problems/insufficient-scope", "/problems/suspended"
]

SET_RSVP_RESPONSE_403_TYPE_VALUES: set[SetRsvpResponse403Type] = {
    "/problems/email-unverified",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_set_rsvp_response_403_type(value: str) -> SetRsvpResponse403Type:
    if value in SET_RSVP_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_RSVP_RESPONSE_403_TYPE_VALUES!r}"
    )
