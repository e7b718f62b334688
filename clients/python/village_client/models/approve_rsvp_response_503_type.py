from typing import Literal

ApproveRsvpResponse503Type = Literal["/problems/service-unavailable"]

APPROVE_RSVP_RESPONSE_503_TYPE_VALUES: set[ApproveRsvpResponse503Type] = {
    "/problems/service-unavailable",
}


def check_approve_rsvp_response_503_type(value: str) -> ApproveRsvpResponse503Type:
    if value in APPROVE_RSVP_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPROVE_RSVP_RESPONSE_503_TYPE_VALUES!r}"
    )
