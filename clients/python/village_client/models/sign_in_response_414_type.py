from typing import Literal

SignInResponse414Type = Literal["/problems/uri-too-long"]

SIGN_IN_RESPONSE_414_TYPE_VALUES: set[SignInResponse414Type] = {
    "/problems/uri-too-long",
}


def check_sign_in_response_414_type(value: str) -> SignInResponse414Type:
    if value in SIGN_IN_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_IN_RESPONSE_414_TYPE_VALUES!r}"
    )
