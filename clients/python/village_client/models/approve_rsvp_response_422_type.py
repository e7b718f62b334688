from typing import Literal

ApproveRsvpResponse422Type = Literal["/problems/validation-error"]

APPROVE_RSVP_RESPONSE_422_TYPE_VALUES: set[ApproveRsvpResponse422Type] = {
    "/problems/validation-error",
}


def check_approve_rsvp_response_422_type(value: str) -> ApproveRsvpResponse422Type:
    if value in APPROVE_RSVP_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPROVE_RSVP_RESPONSE_422_TYPE_VALUES!r}"
    )
