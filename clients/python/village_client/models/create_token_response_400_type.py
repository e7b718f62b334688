from typing import Literal

CreateTokenResponse400Type = Literal["/problems/malformed-json"]

CREATE_TOKEN_RESPONSE_400_TYPE_VALUES: set[CreateTokenResponse400Type] = {
    "/problems/malformed-json",
}


def check_create_token_response_400_type(value: str) -> CreateTokenResponse400Type:
    if value in CREATE_TOKEN_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TOKEN_RESPONSE_400_TYPE_VALUES!r}"
    )
