from typing import Literal

GetSuspensionResponse422Type = Literal["/problems/validation-error"]

GET_SUSPENSION_RESPONSE_422_TYPE_VALUES: set[GetSuspensionResponse422Type] = {
    "/problems/validation-error",
}


def check_get_suspension_response_422_type(value: str) -> GetSuspensionResponse422Type:
    if value in GET_SUSPENSION_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SUSPENSION_RESPONSE_422_TYPE_VALUES!r}"
    )
