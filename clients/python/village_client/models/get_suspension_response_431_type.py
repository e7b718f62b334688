from typing import Literal

GetSuspensionResponse431Type = Literal["/problems/request-header-fields-too-large"]

GET_SUSPENSION_RESPONSE_431_TYPE_VALUES: set[GetSuspensionResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_get_suspension_response_431_type(value: str) -> GetSuspensionResponse431Type:
    if value in GET_SUSPENSION_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SUSPENSION_RESPONSE_431_TYPE_VALUES!r}"
    )
