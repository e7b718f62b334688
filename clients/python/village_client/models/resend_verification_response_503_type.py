from typing import Literal

ResendVerificationResponse503Type = Literal["/problems/service-unavailable"]

RESEND_VERIFICATION_RESPONSE_503_TYPE_VALUES: set[ResendVerificationResponse503Type] = {
    "/problems/service-unavailable",
}


def check_resend_verification_response_503_type(value: str) -> ResendVerificationResponse503Type:
    if value in RESEND_VERIFICATION_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESEND_VERIFICATION_RESPONSE_503_TYPE_VALUES!r}"
    )
