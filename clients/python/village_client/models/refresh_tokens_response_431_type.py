from typing import Literal

RefreshTokensResponse431Type = Literal["/problems/request-header-fields-too-large"]

REFRESH_TOKENS_RESPONSE_431_TYPE_VALUES: set[RefreshTokensResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_refresh_tokens_response_431_type(value: str) -> RefreshTokensResponse431Type:
    if value in REFRESH_TOKENS_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFRESH_TOKENS_RESPONSE_431_TYPE_VALUES!r}"
    )
