from typing import Literal

CreateTokenResponse500Type = Literal["/problems/internal-error"]

CREATE_TOKEN_RESPONSE_500_TYPE_VALUES: set[CreateTokenResponse500Type] = {
    "/problems/internal-error",
}


def check_create_token_response_500_type(value: str) -> CreateTokenResponse500Type:
    if value in CREATE_TOKEN_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TOKEN_RESPONSE_500_TYPE_VALUES!r}"
    )
