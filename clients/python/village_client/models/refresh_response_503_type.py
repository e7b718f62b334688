from typing import Literal

RefreshResponse503Type = Literal["/problems/service-unavailable"]

REFRESH_RESPONSE_503_TYPE_VALUES: set[RefreshResponse503Type] = {
    "/problems/service-unavailable",
}


def check_refresh_response_503_type(value: str) -> RefreshResponse503Type:
    if value in REFRESH_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFRESH_RESPONSE_503_TYPE_VALUES!r}"
    )
