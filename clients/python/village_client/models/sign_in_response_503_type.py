from typing import Literal

SignInResponse503Type = Literal["/problems/service-unavailable"]

SIGN_IN_RESPONSE_503_TYPE_VALUES: set[SignInResponse503Type] = {
    "/problems/service-unavailable",
}


def check_sign_in_response_503_type(value: str) -> SignInResponse503Type:
    if value in SIGN_IN_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_IN_RESPONSE_503_TYPE_VALUES!r}"
    )
