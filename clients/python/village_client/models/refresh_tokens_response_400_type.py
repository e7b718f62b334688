from typing import Literal

RefreshTokensResponse400Type = Literal["/problems/malformed-json"]

REFRESH_TOKENS_RESPONSE_400_TYPE_VALUES: set[RefreshTokensResponse400Type] = {
    "/problems/malformed-json",
}


def check_refresh_tokens_response_400_type(value: str) -> RefreshTokensResponse400Type:
    if value in REFRESH_TOKENS_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFRESH_TOKENS_RESPONSE_400_TYPE_VALUES!r}"
    )
