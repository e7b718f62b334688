from typing import Literal

CreateTokenResponse413Type = Literal["/problems/payload-too-large"]

CREATE_TOKEN_RESPONSE_413_TYPE_VALUES: set[CreateTokenResponse413Type] = {
    "/problems/payload-too-large",
}


def check_create_token_response_413_type(value: str) -> CreateTokenResponse413Type:
    if value in CREATE_TOKEN_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TOKEN_RESPONSE_413_TYPE_VALUES!r}"
    )
