from typing import Literal

GetFlagResponse429Type = Literal["/problems/rate-limited"]

GET_FLAG_RESPONSE_429_TYPE_VALUES: set[GetFlagResponse429Type] = {
    "/problems/rate-limited",
}


def check_get_flag_response_429_type(value: str) -> GetFlagResponse429Type:
    if value in GET_FLAG_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_FLAG_RESPONSE_429_TYPE_VALUES!r}"
    )
