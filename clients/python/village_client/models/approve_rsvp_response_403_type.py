from typing import Literal

ApproveRsvpResponse403Type = Literal[
    "/problems/email-unverified", "/problems/insufficient-scope", "/problems/suspended"
]

APPROVE_RSVP_RESPONSE_403_TYPE_VALUES: set[ApproveRsvpResponse403Type] = {
    "/problems/email-unverified",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_approve_rsvp_response_403_type(value: str) -> ApproveRsvpResponse403Type:
    if value in APPROVE_RSVP_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPROVE_RSVP_RESPONSE_403_TYPE_VALUES!r}"
    )
