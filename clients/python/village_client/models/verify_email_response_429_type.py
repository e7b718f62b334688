from typing import Literal

VerifyEmailResponse429Type = Literal["/problems/rate-limited"]

VERIFY_EMAIL_RESPONSE_429_TYPE_VALUES: set[VerifyEmailResponse429Type] = {
    "/problems/rate-limited",
}


def check_verify_email_response_429_type(value: str) -> VerifyEmailResponse429Type:
    if value in VERIFY_EMAIL_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFY_EMAIL_RESPONSE_429_TYPE_VALUES!r}"
    )
