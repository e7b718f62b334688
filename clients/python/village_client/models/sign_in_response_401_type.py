from typing import Literal

SignInResponse401Type = Literal["/problems/invalid-credentials"]

SIGN_IN_RESPONSE_401_TYPE_VALUES: set[SignInResponse401Type] = {
    "/problems/invalid-credentials",
}


def check_sign_in_response_401_type(value: str) -> SignInResponse401Type:
    if value in SIGN_IN_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_IN_RESPONSE_401_TYPE_VALUES!r}"
    )
