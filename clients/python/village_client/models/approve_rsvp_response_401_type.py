from typing import Literal

ApproveRsvpResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

APPROVE_RSVP_RESPONSE_401_TYPE_VALUES: set[ApproveRsvpResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_approve_rsvp_response_401_type(value: str) -> ApproveRsvpResponse401Type:
    if value in APPROVE_RSVP_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPROVE_RSVP_RESPONSE_401_TYPE_VALUES!r}"
    )
