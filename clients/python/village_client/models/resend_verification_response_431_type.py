from typing import Literal

ResendVerificationResponse431Type = Literal["/problems/request-header-fields-too-large"]

RESEND_VERIFICATION_RESPONSE_431_TYPE_VALUES: set[ResendVerificationResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_resend_verification_response_431_type(value: str) -> ResendVerificationResponse431Type:
    if value in RESEND_VERIFICATION_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESEND_VERIFICATION_RESPONSE_431_TYPE_VALUES!r}"
    )
