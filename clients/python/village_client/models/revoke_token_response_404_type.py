from typing import Literal

RevokeTokenResponse404Type = Literal["/problems/not-found"]

REVOKE_TOKEN_RESPONSE_404_TYPE_VALUES: set[RevokeTokenResponse404Type] = {
    "/problems/not-found",
}


def check_revoke_token_response_404_type(value: str) -> RevokeTokenResponse404Type:
    if value in REVOKE_TOKEN_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVOKE_TOKEN_RESPONSE_404_TYPE_VALUES!r}"
    )
