from typing import Literal

VerifyEmailResponse431Type = Literal["/problems/request-header-fields-too-large"]

VERIFY_EMAIL_RESPONSE_431_TYPE_VALUES: set[VerifyEmailResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_verify_email_response_431_type(value: str) -> VerifyEmailResponse431Type:
    if value in VERIFY_EMAIL_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFY_EMAIL_RESPONSE_431_TYPE_VALUES!r}"
    )
