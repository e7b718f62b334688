from typing import Literal

TokenResponse413Type = Literal["/problems/payload-too-large"]

TOKEN_RESPONSE_413_TYPE_VALUES: set[TokenResponse413Type] = {
    "/problems/payload-too-large",
}


def check_token_response_413_type(value: str) -> TokenResponse413Type:
    if value in TOKEN_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOKEN_RESPONSE_413_TYPE_VALUES!r}"
    )
