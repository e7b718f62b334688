from typing import Literal

RefreshResponse422Type = Literal["/problems/validation-error"]

REFRESH_RESPONSE_422_TYPE_VALUES: set[RefreshResponse422Type] = {
    "/problems/validation-error",
}


def check_refresh_response_422_type(value: str) -> RefreshResponse422Type:
    if value in REFRESH_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFRESH_RESPONSE_422_TYPE_VALUES!r}"
    )
