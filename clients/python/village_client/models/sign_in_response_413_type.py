from typing import Literal

SignInResponse413Type = Literal["/problems/payload-too-large"]

SIGN_IN_RESPONSE_413_TYPE_VALUES: set[SignInResponse413Type] = {
    "/problems/payload-too-large",
}


def check_sign_in_response_413_type(value: str) -> SignInResponse413Type:
    if value in SIGN_IN_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_IN_RESPONSE_413_TYPE_VALUES!r}"
    )
