from typing import Literal

CreateTokenResponse429Type = Literal["/problems/rate-limited"]

CREATE_TOKEN_RESPONSE_429_TYPE_VALUES: set[CreateTokenResponse429Type] = {
    "/problems/rate-limited",
}


def check_create_token_response_429_type(value: str) -> CreateTokenResponse429Type:
    if value in CREATE_TOKEN_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TOKEN_RESPONSE_429_TYPE_VALUES!r}"
    )
