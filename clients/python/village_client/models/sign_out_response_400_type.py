from typing import Literal

SignOutResponse400Type = Literal["/problems/malformed-json"]

SIGN_OUT_RESPONSE_400_TYPE_VALUES: set[SignOutResponse400Type] = {
    "/problems/malformed-json",
}


def check_sign_out_response_400_type(value: str) -> SignOutResponse400Type:
    if value in SIGN_OUT_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_OUT_RESPONSE_400_TYPE_VALUES!r}"
    )
