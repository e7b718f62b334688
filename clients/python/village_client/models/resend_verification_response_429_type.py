from typing import Literal

ResendVerificationResponse429Type = Literal["/problems/rate-limited"]

RESEND_VERIFICATION_RESPONSE_429_TYPE_VALUES: set[ResendVerificationResponse429Type] = {
    "/problems/rate-limited",
}


def check_resend_verification_response_429_type(value: str) -> ResendVerificationResponse429Type:
    if value in RESEND_VERIFICATION_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESEND_VERIFICATION_RESPONSE_429_TYPE_VALUES!r}"
    )
