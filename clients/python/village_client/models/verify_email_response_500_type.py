from typing import Literal

VerifyEmailResponse500Type = Literal["/problems/internal-error"]

VERIFY_EMAIL_RESPONSE_500_TYPE_VALUES: set[VerifyEmailResponse500Type] = {
    "/problems/internal-error",
}


def check_verify_email_response_500_type(value: str) -> VerifyEmailResponse500Type:
    if value in VERIFY_EMAIL_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFY_EMAIL_RESPONSE_500_TYPE_VALUES!r}"
    )
