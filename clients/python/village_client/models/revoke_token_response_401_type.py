from typing import Literal

RevokeTokenResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

REVOKE_TOKEN_RESPONSE_401_TYPE_VALUES: set[RevokeTokenResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_revoke_token_response_401_type(value: str) -> RevokeTokenResponse401Type:
    if value in REVOKE_TOKEN_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVOKE_TOKEN_RESPONSE_401_TYPE_VALUES!r}"
    )
