from typing import Literal

CreateTokenResponse422Type = Literal["/problems/scope-beyond-role", "/problems/validation-error"]

CREATE_TOKEN_RESPONSE_422_TYPE_VALUES: set[CreateTokenResponse422Type] = {
    "/problems/scope-beyond-role",
    "/problems/validation-error",
}


def check_create_token_response_422_type(value: str) -> CreateTokenResponse422Type:
    if value in CREATE_TOKEN_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TOKEN_RESPONSE_422_TYPE_VALUES!r}"
    )
