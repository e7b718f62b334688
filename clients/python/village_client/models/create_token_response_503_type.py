from typing import Literal

CreateTokenResponse503Type = Literal["/problems/service-unavailable"]

CREATE_TOKEN_RESPONSE_503_TYPE_VALUES: set[CreateTokenResponse503Type] = {
    "/problems/service-unavailable",
}


def check_create_token_response_503_type(value: str) -> CreateTokenResponse503Type:
    if value in CREATE_TOKEN_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TOKEN_RESPONSE_503_TYPE_VALUES!r}"
    )
