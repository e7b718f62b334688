from typing import Literal

SignOutResponse422Type = Literal["/problems/validation-error"]

SIGN_OUT_RESPONSE_422_TYPE_VALUES: set[SignOutResponse422Type] = {
    "/problems/validation-error",
}


def check_sign_out_response_422_type(value: str) -> SignOutResponse422Type:
    if value in SIGN_OUT_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_OUT_RESPONSE_422_TYPE_VALUES!r}"
    )
