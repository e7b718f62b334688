from typing import Literal

CreateTokenResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

CREATE_TOKEN_RESPONSE_401_TYPE_VALUES: set[CreateTokenResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_create_token_response_401_type(value: str) -> CreateTokenResponse401Type:
    if value in CREATE_TOKEN_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TOKEN_RESPONSE_401_TYPE_VALUES!r}"
    )
