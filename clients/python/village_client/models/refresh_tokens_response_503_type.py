from typing import Literal

RefreshTokensResponse503Type = Literal["/problems/service-unavailable"]

REFRESH_TOKENS_RESPONSE_503_TYPE_VALUES: set[RefreshTokensResponse503Type] = {
    "/problems/service-unavailable",
}


def check_refresh_tokens_response_503_type(value: str) -> RefreshTokensResponse503Type:
    if value in REFRESH_TOKENS_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFRESH_TOKENS_RESPONSE_503_TYPE_VALUES!r}"
    )
