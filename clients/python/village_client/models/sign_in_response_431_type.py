from typing import Literal

SignInResponse431Type = Literal["/problems/request-header-fields-too-large"]

SIGN_IN_RESPONSE_431_TYPE_VALUES: set[SignInResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_sign_in_response_431_type(value: str) -> SignInResponse431Type:
    if value in SIGN_IN_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_IN_RESPONSE_431_TYPE_VALUES!r}"
    )
