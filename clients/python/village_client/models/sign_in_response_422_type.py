from typing import Literal

SignInResponse422Type = Literal["/problems/validation-error"]

SIGN_IN_RESPONSE_422_TYPE_VALUES: set[SignInResponse422Type] = {
    "/problems/validation-error",
}


def check_sign_in_response_422_type(value: str) -> SignInResponse422Type:
    if value in SIGN_IN_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_IN_RESPONSE_422_TYPE_VALUES!r}"
    )
