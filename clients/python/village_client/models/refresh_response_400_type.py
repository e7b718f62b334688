from typing import Literal

RefreshResponse400Type = Literal["/problems/malformed-json"]

REFRESH_RESPONSE_400_TYPE_VALUES: set[RefreshResponse400Type] = {
    "/problems/malformed-json",
}


def check_refresh_response_400_type(value: str) -> RefreshResponse400Type:
    if value in REFRESH_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFRESH_RESPONSE_400_TYPE_VALUES!r}"
    )
