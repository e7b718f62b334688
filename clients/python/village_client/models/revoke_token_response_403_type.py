from typing import Literal

RevokeTokenResponse403Type = Literal[
    "/problems/email-unverified",
    "/problems/insufficient-scope",
    "/problems/password-sign-in-required",
    "/problems/suspended",
]

REVOKE_TOKEN_RESPONSE_403_TYPE_VALUES: set[RevokeTokenResponse403Type] = {
    "/problems/email-unverified",
    "/problems/insufficient-scope",
    "/problems/password-sign-in-required",
    "/problems/suspended",
}


def check_revoke_token_response_403_type(value: str) -> RevokeTokenResponse403Type:
    if value in REVOKE_TOKEN_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVOKE_TOKEN_RESPONSE_403_TYPE_VALUES!r}"
    )
