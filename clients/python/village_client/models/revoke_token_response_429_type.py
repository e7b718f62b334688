from typing import Literal

RevokeTokenResponse429Type = Literal["/problems/rate-limited"]

REVOKE_TOKEN_RESPONSE_429_TYPE_VALUES: set[RevokeTokenResponse429Type] = {
    "/problems/rate-limited",
}


def check_revoke_token_response_429_type(value: str) -> RevokeTokenResponse429Type:
    if value in REVOKE_TOKEN_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVOKE_TOKEN_RESPONSE_429_TYPE_VALUES!r}"
    )
