from typing import Literal

GetFlagResponse500Type = Literal["/problems/internal-error"]

GET_FLAG_RESPONSE_500_TYPE_VALUES: set[GetFlagResponse500Type] = {
    "/problems/internal-error",
}


def check_get_flag_response_500_type(value: str) -> GetFlagResponse500Type:
    if value in GET_FLAG_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_FLAG_RESPONSE_500_TYPE_VALUES!r}"
    )
