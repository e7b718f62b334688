from typing import Literal

ResendVerificationResponse500Type = Literal["/problems/internal-error"]

RESEND_VERIFICATION_RESPONSE_500_TYPE_VALUES: set[ResendVerificationResponse500Type] = {
    "/problems/internal-error",
}


def check_resend_verification_response_500_type(value: str) -> ResendVerificationResponse500Type:
    if value in RESEND_VERIFICATION_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESEND_VERIFICATION_RESPONSE_500_TYPE_VALUES!r}"
    )
