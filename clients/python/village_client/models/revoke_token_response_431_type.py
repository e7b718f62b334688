from typing import Literal

RevokeTokenResponse431Type = Literal["/problems/request-header-fields-too-large"]

REVOKE_TOKEN_RESPONSE_431_TYPE_VALUES: set[RevokeTokenResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_revoke_token_response_431_type(value: str) -> RevokeTokenResponse431Type:
    if value in REVOKE_TOKEN_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVOKE_TOKEN_RESPONSE_431_TYPE_VALUES!r}"
    )
