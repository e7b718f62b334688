from typing import Literal

TokenResponse400Type = Literal["/problems/malformed-json"]

TOKEN_RESPONSE_400_TYPE_VALUES: set[TokenResponse400Type] = {
    "/problems/malformed-json",
}


def check_token_response_400_type(value: str) -> TokenResponse400Type:
    if value in TOKEN_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOKEN_RESPONSE_400_TYPE_VALUES!r}"
    )
