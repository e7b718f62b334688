from typing import Literal

ApproveRsvpResponse431Type = Literal["/problems/request-header-fields-too-large"]

APPROVE_RSVP_RESPONSE_431_TYPE_VALUES: set[ApproveRsvpResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_approve_rsvp_response_431_type(value: str) -> ApproveRsvpResponse431Type:
    if value in APPROVE_RSVP_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPROVE_RSVP_RESPONSE_431_TYPE_VALUES!r}"
    )
