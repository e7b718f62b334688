from typing import Literal

SignInResponse400Type = Literal["/problems/malformed-json"]

SIGN_IN_RESPONSE_400_TYPE_VALUES: set[SignInResponse400Type] = {
    "/problems/malformed-json",
}


def check_sign_in_response_400_type(value: str) -> SignInResponse400Type:
    if value in SIGN_IN_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_IN_RESPONSE_400_TYPE_VALUES!r}"
    )
