from typing import Literal

GetSuspensionResponse503Type = Literal["/problems/service-unavailable"]

GET_SUSPENSION_RESPONSE_503_TYPE_VALUES: set[GetSuspensionResponse503Type] = {
    "/problems/service-unavailable",
}


def check_get_suspension_response_503_type(value: str) -> GetSuspensionResponse503Type:
    if value in GET_SUSPENSION_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SUSPENSION_RESPONSE_503_TYPE_VALUES!r}"
    )
