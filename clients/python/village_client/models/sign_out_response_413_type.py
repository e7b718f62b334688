from typing import Literal

SignOutResponse413Type = Literal["/problems/payload-too-large"]

SIGN_OUT_RESPONSE_413_TYPE_VALUES: set[SignOutResponse413Type] = {
    "/problems/payload-too-large",
}


def check_sign_out_response_413_type(value: str) -> SignOutResponse413Type:
    if value in SIGN_OUT_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_OUT_RESPONSE_413_TYPE_VALUES!r}"
    )
