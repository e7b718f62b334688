from typing import Literal

CreateTokenResponse431Type = Literal["/problems/request-header-fields-too-large"]

CREATE_TOKEN_RESPONSE_431_TYPE_VALUES: set[CreateTokenResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_create_token_response_431_type(value: str) -> CreateTokenResponse431Type:
    if value in CREATE_TOKEN_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TOKEN_RESPONSE_431_TYPE_VALUES!r}"
    )
