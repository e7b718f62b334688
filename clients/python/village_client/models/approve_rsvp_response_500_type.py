from typing import Literal

ApproveRsvpResponse500Type = Literal["/problems/internal-error"]

APPROVE_RSVP_RESPONSE_500_TYPE_VALUES: set[ApproveRsvpResponse500Type] = {
    "/problems/internal-error",
}


def check_approve_rsvp_response_500_type(value: str) -> ApproveRsvpResponse500Type:
    if value in APPROVE_RSVP_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPROVE_RSVP_RESPONSE_500_TYPE_VALUES!r}"
    )
