from typing import Literal

VerifyEmailResponse413Type = Literal["/problems/payload-too-large"]

VERIFY_EMAIL_RESPONSE_413_TYPE_VALUES: set[VerifyEmailResponse413Type] = {
    "/problems/payload-too-large",
}


def check_verify_email_response_413_type(value: str) -> VerifyEmailResponse413Type:
    if value in VERIFY_EMAIL_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFY_EMAIL_RESPONSE_413_TYPE_VALUES!r}"
    )
