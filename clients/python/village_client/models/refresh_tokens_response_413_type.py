from typing import Literal

RefreshTokensResponse413Type = Literal["/problems/payload-too-large"]

REFRESH_TOKENS_RESPONSE_413_TYPE_VALUES: set[RefreshTokensResponse413Type] = {
    "/problems/payload-too-large",
}


def check_refresh_tokens_response_413_type(value: str) -> RefreshTokensResponse413Type:
    if value in REFRESH_TOKENS_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFRESH_TOKENS_RESPONSE_413_TYPE_VALUES!r}"
    )
