from typing import Literal

VerifyEmailResponse414Type = Literal["/problems/uri-too-long"]

VERIFY_EMAIL_RESPONSE_414_TYPE_VALUES: set[VerifyEmailResponse414Type] = {
    "/problems/uri-too-long",
}


def check_verify_email_response_414_type(value: str) -> VerifyEmailResponse414Type:
    if value in VERIFY_EMAIL_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFY_EMAIL_RESPONSE_414_TYPE_VALUES!r}"
    )
