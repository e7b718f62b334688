from typing import Literal

RefreshTokensResponse401Type = Literal["/problems/invalid-refresh-token"]

REFRESH_TOKENS_RESPONSE_401_TYPE_VALUES: set[RefreshTokensResponse401Type] = {
    "/problems/invalid-refresh-token",
}


def check_refresh_tokens_response_401_type(value: str) -> RefreshTokensResponse401Type:
    if value in REFRESH_TOKENS_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFRESH_TOKENS_RESPONSE_401_TYPE_VALUES!r}"
    )
