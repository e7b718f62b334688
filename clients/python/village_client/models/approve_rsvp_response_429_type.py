from typing import Literal

ApproveRsvpResponse429Type = Literal["/problems/rate-limited"]

APPROVE_RSVP_RESPONSE_429_TYPE_VALUES: set[ApproveRsvpResponse429Type] = {
    "/problems/rate-limited",
}


def check_approve_rsvp_response_429_type(value: str) -> ApproveRsvpResponse429Type:
    if value in APPROVE_RSVP_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPROVE_RSVP_RESPONSE_429_TYPE_VALUES!r}"
    )
