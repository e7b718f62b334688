from typing import Literal

GetFlagResponse503Type = Literal["/problems/service-unavailable"]

GET_FLAG_RESPONSE_503_TYPE_VALUES: set[GetFlagResponse503Type] = {
    "/problems/service-unavailable",
}


def check_get_flag_response_503_type(value: str) -> GetFlagResponse503Type:
    if value in GET_FLAG_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_FLAG_RESPONSE_503_TYPE_VALUES!r}"
    )
