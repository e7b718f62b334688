from typing import Literal

GetSuspensionResponse500Type = Literal["/problems/internal-error"]

GET_SUSPENSION_RESPONSE_500_TYPE_VALUES: set[GetSuspensionResponse500Type] = {
    "/problems/internal-error",
}


def check_get_suspension_response_500_type(value: str) -> GetSuspensionResponse500Type:
    if value in GET_SUSPENSION_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SUSPENSION_RESPONSE_500_TYPE_VALUES!r}"
    )
