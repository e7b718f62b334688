from typing import Literal

GetSuspensionResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

GET_SUSPENSION_RESPONSE_401_TYPE_VALUES: set[GetSuspensionResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_get_suspension_response_401_type(value: str) -> GetSuspensionResponse401Type:
    if value in GET_SUSPENSION_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SUSPENSION_RESPONSE_401_TYPE_VALUES!r}"
    )
