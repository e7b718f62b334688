from typing import Literal

TokenResponse422Type = Literal["/problems/validation-error"]

TOKEN_RESPONSE_422_TYPE_VALUES: set[TokenResponse422Type] = {
    "/problems/validation-error",
}


def check_token_response_422_type(value: str) -> TokenResponse422Type:
    if value in TOKEN_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOKEN_RESPONSE_422_TYPE_VALUES!r}"
    )
