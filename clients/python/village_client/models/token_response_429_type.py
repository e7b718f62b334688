from typing import Literal

TokenResponse429Type = Literal["/problems/rate-limited"]

TOKEN_RESPONSE_429_TYPE_VALUES: set[TokenResponse429Type] = {
    "/problems/rate-limited",
}


def check_token_response_429_type(value: str) -> TokenResponse429Type:
    if value in TOKEN_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOKEN_RESPONSE_429_TYPE_VALUES!r}"
    )
