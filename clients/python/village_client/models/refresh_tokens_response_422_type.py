from typing import Literal

RefreshTokensResponse422Type = Literal["/problems/validation-error"]

REFRESH_TOKENS_RESPONSE_422_TYPE_VALUES: set[RefreshTokensResponse422Type] = {
    "/problems/validation-error",
}


def check_refresh_tokens_response_422_type(value: str) -> RefreshTokensResponse422Type:
    if value in REFRESH_TOKENS_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFRESH_TOKENS_RESPONSE_422_TYPE_VALUES!r}"
    )
