from typing import Literal

CreateTokenResponse414Type = Literal["/problems/uri-too-long"]

CREATE_TOKEN_RESPONSE_414_TYPE_VALUES: set[CreateTokenResponse414Type] = {
    "/problems/uri-too-long",
}


def check_create_token_response_414_type(value: str) -> CreateTokenResponse414Type:
    if value in CREATE_TOKEN_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TOKEN_RESPONSE_414_TYPE_VALUES!r}"
    )
