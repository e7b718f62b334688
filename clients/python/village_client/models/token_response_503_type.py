from typing import Literal

TokenResponse503Type = Literal["/problems/service-unavailable"]

TOKEN_RESPONSE_503_TYPE_VALUES: set[TokenResponse503Type] = {
    "/problems/service-unavailable",
}


def check_token_response_503_type(value: str) -> TokenResponse503Type:
    if value in TOKEN_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOKEN_RESPONSE_503_TYPE_VALUES!r}"
    )
