from typing import Literal

SignOutResponse500Type = Literal["/problems/internal-error"]

SIGN_OUT_RESPONSE_500_TYPE_VALUES: set[SignOutResponse500Type] = {
    "/problems/internal-error",
}


def check_sign_out_response_500_type(value: str) -> SignOutResponse500Type:
    if value in SIGN_OUT_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_OUT_RESPONSE_500_TYPE_VALUES!r}"
    )
