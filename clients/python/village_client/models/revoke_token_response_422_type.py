from typing import Literal

RevokeTokenResponse422Type = Literal["/problems/validation-error"]

REVOKE_TOKEN_RESPONSE_422_TYPE_VALUES: set[RevokeTokenResponse422Type] = {
    "/problems/validation-error",
}


def check_revoke_token_response_422_type(value: str) -> RevokeTokenResponse422Type:
    if value in REVOKE_TOKEN_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVOKE_TOKEN_RESPONSE_422_TYPE_VALUES!r}"
    )
