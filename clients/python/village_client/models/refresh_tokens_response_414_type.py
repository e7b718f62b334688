from typing import Literal

RefreshTokensResponse414Type = Literal["/problems/uri-too-long"]

REFRESH_TOKENS_RESPONSE_414_TYPE_VALUES: set[RefreshTokensResponse414Type] = {
    "/problems/uri-too-long",
}


def check_refresh_tokens_response_414_type(value: str) -> RefreshTokensResponse414Type:
    if value in REFRESH_TOKENS_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFRESH_TOKENS_RESPONSE_414_TYPE_VALUES!r}"
    )
