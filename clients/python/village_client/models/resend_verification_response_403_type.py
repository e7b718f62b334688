from typing import Literal

ResendVerificationResponse403Type = Literal["/problems/insufficient-scope", "/problems/suspended"]

RESEND_VERIFICATION_RESPONSE_403_TYPE_VALUES: set[ResendVerificationResponse403Type] = {
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_resend_verification_response_403_type(value: str) -> ResendVerificationResponse403Type:
    if value in RESEND_VERIFICATION_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESEND_VERIFICATION_RESPONSE_403_TYPE_VALUES!r}"
    )
