from typing import Literal

SignOutResponse429Type = Literal["/problems/rate-limited"]

SIGN_OUT_RESPONSE_429_TYPE_VALUES: set[SignOutResponse429Type] = {
    "/problems/rate-limited",
}


def check_sign_out_response_429_type(value: str) -> SignOutResponse429Type:
    if value in SIGN_OUT_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_OUT_RESPONSE_429_TYPE_VALUES!r}"
    )
