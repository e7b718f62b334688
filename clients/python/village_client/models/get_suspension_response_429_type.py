from typing import Literal

GetSuspensionResponse429Type = Literal["/problems/rate-limited"]

GET_SUSPENSION_RESPONSE_429_TYPE_VALUES: set[GetSuspensionResponse429Type] = {
    "/problems/rate-limited",
}


def check_get_suspension_response_429_type(value: str) -> GetSuspensionResponse429Type:
    if value in GET_SUSPENSION_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SUSPENSION_RESPONSE_429_TYPE_VALUES!r}"
    )
