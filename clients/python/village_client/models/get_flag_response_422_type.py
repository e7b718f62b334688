from typing import Literal

GetFlagResponse422Type = Literal["/problems/validation-error"]

GET_FLAG_RESPONSE_422_TYPE_VALUES: set[GetFlagResponse422Type] = {
    "/problems/validation-error",
}


def check_get_flag_response_422_type(value: str) -> GetFlagResponse422Type:
    if value in GET_FLAG_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_FLAG_RESPONSE_422_TYPE_VALUES!r}"
    )
