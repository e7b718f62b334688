from typing import Literal

RevokeTokenResponse414Type = Literal["/problems/uri-too-long"]

REVOKE_TOKEN_RESPONSE_414_TYPE_VALUES: set[RevokeTokenResponse414Type] = {
    "/problems/uri-too-long",
}


def check_revoke_token_response_414_type(value: str) -> RevokeTokenResponse414Type:
    if value in REVOKE_TOKEN_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVOKE_TOKEN_RESPONSE_414_TYPE_VALUES!r}"
    )
