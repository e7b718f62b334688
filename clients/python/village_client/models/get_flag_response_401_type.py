from typing import Literal

GetFlagResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

GET_FLAG_RESPONSE_401_TYPE_VALUES: set[GetFlagResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_get_flag_response_401_type(value: str) -> GetFlagResponse401Type:
    if value in GET_FLAG_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_FLAG_RESPONSE_401_TYPE_VALUES!r}"
    )
