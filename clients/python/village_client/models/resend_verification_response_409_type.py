from typing import Literal

ResendVerificationResponse409Type = Literal["/problems/email-already-verified"]

RESEND_VERIFICATION_RESPONSE_409_TYPE_VALUES: set[ResendVerificationResponse409Type] = {
    "/problems/email-already-verified",
}


def check_resend_verification_response_409_type(value: str) -> ResendVerificationResponse409Type:
    if value in RESEND_VERIFICATION_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESEND_VERIFICATION_RESPONSE_409_TYPE_VALUES!r}"
    )
