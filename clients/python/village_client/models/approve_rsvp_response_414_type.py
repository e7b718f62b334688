from typing import Literal

ApproveRsvpResponse414Type = Literal["/problems/uri-too-long"]

APPROVE_RSVP_RESPONSE_414_TYPE_VALUES: set[ApproveRsvpResponse414Type] = {
    "/problems/uri-too-long",
}


def check_approve_rsvp_response_414_type(value: str) -> ApproveRsvpResponse414Type:
    if value in APPROVE_RSVP_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPROVE_RSVP_RESPONSE_414_TYPE_VALUES!r}"
    )
