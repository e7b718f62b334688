from typing import Literal

CreateTokenResponse403Type = Literal[
    "/problems/email-unverified",
    "/problems/insufficient-scope",
    "/problems/password-sign-in-required",
    "/problems/suspended",
]

CREATE_TOKEN_RESPONSE_403_TYPE_VALUES: set[CreateTokenResponse403Type] = {
    "/problems/email-unverified",
    "/problems/insufficient-scope",
    "/problems/password-sign-in-required",
    "/problems/suspended",
}


def check_create_token_response_403_type(value: str) -> CreateTokenResponse403Type:
    if value in CREATE_TOKEN_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TOKEN_RESPONSE_403_TYPE_VALUES!r}"
    )
