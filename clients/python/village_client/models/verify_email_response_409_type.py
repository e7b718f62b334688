from typing import Literal

VerifyEmailResponse409Type = Literal["/problems/email-taken"]

VERIFY_EMAIL_RESPONSE_409_TYPE_VALUES: set[VerifyEmailResponse409Type] = {
    "/problems/email-taken",
}


def check_verify_email_response_409_type(value: str) -> VerifyEmailResponse409Type:
    if value in VERIFY_EMAIL_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFY_EMAIL_RESPONSE_409_TYPE_VALUES!r}"
    )
