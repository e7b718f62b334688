from typing import Literal

VerifyEmailResponse400Type = Literal[
    "/problems/invalid-verification-token", "/problems/malformed-json"
]

VERIFY_EMAIL_RESPONSE_400_TYPE_VALUES: set[VerifyEmailResponse400Type] = {
    "/problems/invalid-verification-token",
    "/problems/malformed-json",
}


def check_verify_email_response_400_type(value: str) -> VerifyEmailResponse400Type:
    if value in VERIFY_EMAIL_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFY_EMAIL_RESPONSE_400_TYPE_VALUES!r}"
    )
