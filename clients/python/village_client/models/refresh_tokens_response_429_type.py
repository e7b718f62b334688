from typing import Literal

RefreshTokensResponse429Type = Literal["/problems/rate-limited"]

REFRESH_TOKENS_RESPONSE_429_TYPE_VALUES: set[RefreshTokensResponse429Type] = {
    "/problems/rate-limited",
}


def check_refresh_tokens_response_429_type(value: str) -> RefreshTokensResponse429Type:
    if value in REFRESH_TOKENS_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFRESH_TOKENS_RESPONSE_429_TYPE_VALUES!r}"
    )
