from typing import Literal

RefreshResponse429Type = Literal["/problems/rate-limited"]

REFRESH_RESPONSE_429_TYPE_VALUES: set[RefreshResponse429Type] = {
    "/problems/rate-limited",
}


def check_refresh_response_429_type(value: str) -> RefreshResponse429Type:
    if value in REFRESH_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFRESH_RESPONSE_429_TYPE_VALUES!r}"
    )
