from typing import Literal

ResendVerificationResponse414Type = Literal["/problems/uri-too-long"]

RESEND_VERIFICATION_RESPONSE_414_TYPE_VALUES: set[ResendVerificationResponse414Type] = {
    "/problems/uri-too-long",
}


def check_resend_verification_response_414_type(value: str) -> ResendVerificationResponse414Type:
    if value in RESEND_VERIFICATION_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESEND_VERIFICATION_RESPONSE_414_TYPE_VALUES!r}"
    )
