from typing import Literal

RevokeTokenResponse503Type = Literal["/problems/service-unavailable"]

REVOKE_TOKEN_RESPONSE_503_TYPE_VALUES: set[RevokeTokenResponse503Type] = {
    "/problems/service-unavailable",
}


def check_revoke_token_response_503_type(value: str) -> RevokeTokenResponse503Type:
    if value in REVOKE_TOKEN_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVOKE_TOKEN_RESPONSE_503_TYPE_VALUES!r}"
    )
