from typing import Literal

SignOutResponse414Type = Literal["/problems/uri-too-long"]

SIGN_OUT_RESPONSE_414_TYPE_VALUES: set[SignOutResponse414Type] = {
    "/problems/uri-too-long",
}


def check_sign_out_response_414_type(value: str) -> SignOutResponse414Type:
    if value in SIGN_OUT_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_OUT_RESPONSE_414_TYPE_VALUES!r}"
    )
