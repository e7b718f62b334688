from typing import Literal

RevokeTokenResponse500Type = Literal["/problems/internal-error"]

REVOKE_TOKEN_RESPONSE_500_TYPE_VALUES: set[RevokeTokenResponse500Type] = {
    "/problems/internal-error",
}


def check_revoke_token_response_500_type(value: str) -> RevokeTokenResponse500Type:
    if value in REVOKE_TOKEN_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVOKE_TOKEN_RESPONSE_500_TYPE_VALUES!r}"
    )
