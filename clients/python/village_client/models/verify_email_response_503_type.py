from typing import Literal

VerifyEmailResponse503Type = Literal["/problems/service-unavailable"]

VERIFY_EMAIL_RESPONSE_503_TYPE_VALUES: set[VerifyEmailResponse503Type] = {
    "/problems/service-unavailable",
}


def check_verify_email_response_503_type(value: str) -> VerifyEmailResponse503Type:
    if value in VERIFY_EMAIL_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFY_EMAIL_RESPONSE_503_TYPE_VALUES!r}"
    )
