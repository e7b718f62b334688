from typing import Literal

RefreshTokensResponse500Type = Literal["/problems/internal-error"]

REFRESH_TOKENS_RESPONSE_500_TYPE_VALUES: set[RefreshTokensResponse500Type] = {
    "/problems/internal-error",
}


def check_refresh_tokens_response_500_type(value: str) -> RefreshTokensResponse500Type:
    if value in REFRESH_TOKENS_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFRESH_TOKENS_RESPONSE_500_TYPE_VALUES!r}"
    )
