from typing import Literal

GetSuspensionResponse404Type = Literal["/problems/not-found"]

GET_SUSPENSION_RESPONSE_404_TYPE_VALUES: set[GetSuspensionResponse404Type] = {
    "/problems/not-found",
}


def check_get_suspension_response_404_type(value: str) -> GetSuspensionResponse404Type:
    if value in GET_SUSPENSION_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SUSPENSION_RESPONSE_404_TYPE_VALUES!r}"
    )
