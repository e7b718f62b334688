from typing import Literal

GetFlagResponse431Type = Literal["/problems/request-header-fields-too-large"]

GET_FLAG_RESPONSE_431_TYPE_VALUES: set[GetFlagResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_get_flag_response_431_type(value: str) -> GetFlagResponse431Type:
    if value in GET_FLAG_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_FLAG_RESPONSE_431_TYPE_VALUES!r}"
    )
