from typing import Literal

SignOutResponse503Type = Literal["/problems/service-unavailable"]

SIGN_OUT_RESPONSE_503_TYPE_VALUES: set[SignOutResponse503Type] = {
    "/problems/service-unavailable",
}


def check_sign_out_response_503_type(value: str) -> SignOutResponse503Type:
    if value in SIGN_OUT_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_OUT_RESPONSE_503_TYPE_VALUES!r}"
    )
