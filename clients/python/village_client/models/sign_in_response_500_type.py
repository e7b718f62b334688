from typing import Literal

SignInResponse500Type = Literal["/problems/internal-error"]

SIGN_IN_RESPONSE_500_TYPE_VALUES: set[SignInResponse500Type] = {
    "/problems/internal-error",
}


def check_sign_in_response_500_type(value: str) -> SignInResponse500Type:
    if value in SIGN_IN_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_IN_RESPONSE_500_TYPE_VALUES!r}"
    )
