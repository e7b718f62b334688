from typing import Literal

VerifyEmailResponse422Type = Literal["/problems/validation-error"]

VERIFY_EMAIL_RESPONSE_422_TYPE_VALUES: set[VerifyEmailResponse422Type] = {
    "/problems/validation-error",
}


def check_verify_email_response_422_type(value: str) -> VerifyEmailResponse422Type:
    if value in VERIFY_EMAIL_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFY_EMAIL_RESPONSE_422_TYPE_VALUES!r}"
    )
