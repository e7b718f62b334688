from typing import Literal

SignOutResponse431Type = Literal["/problems/request-header-fields-too-large"]

SIGN_OUT_RESPONSE_431_TYPE_VALUES: set[SignOutResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_sign_out_response_431_type(value: str) -> SignOutResponse431Type:
    if value in SIGN_OUT_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_OUT_RESPONSE_431_TYPE_VALUES!r}"
    )
