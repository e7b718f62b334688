from typing import Literal

GetFlagResponse403Type = Literal["/problems/insufficient-scope"]

GET_FLAG_RESPONSE_403_TYPE_VALUES: set[GetFlagResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_get_flag_response_403_type(value: str) -> GetFlagResponse403Type:
    if value in GET_FLAG_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_FLAG_RESPONSE_403_TYPE_VALUES!r}"
    )
