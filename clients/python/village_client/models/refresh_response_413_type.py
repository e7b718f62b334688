from typing import Literal

RefreshResponse413Type = Literal["/problems/payload-too-large"]

REFRESH_RESPONSE_413_TYPE_VALUES: set[RefreshResponse413Type] = {
    "/problems/payload-too-large",
}


def check_refresh_response_413_type(value: str) -> RefreshResponse413Type:
    if value in REFRESH_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFRESH_RESPONSE_413_TYPE_VALUES!r}"
    )
