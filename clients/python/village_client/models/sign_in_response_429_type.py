from typing import Literal

SignInResponse429Type = Literal["/problems/rate-limited"]

SIGN_IN_RESPONSE_429_TYPE_VALUES: set[SignInResponse429Type] = {
    "/problems/rate-limited",
}


def check_sign_in_response_429_type(value: str) -> SignInResponse429Type:
    if value in SIGN_IN_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_IN_RESPONSE_429_TYPE_VALUES!r}"
    )
