from typing import Literal

ResendVerificationResponse401Type = Literal[
    "/problems/invalid-token", "/problems/not-authenticated"
]

RESEND_VERIFICATION_RESPONSE_401_TYPE_VALUES: set[ResendVerificationResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_resend_verification_response_401_type(value: str) -> ResendVerificationResponse401Type:
    if value in RESEND_VERIFICATION_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESEND_VERIFICATION_RESPONSE_401_TYPE_VALUES!r}"
    )
