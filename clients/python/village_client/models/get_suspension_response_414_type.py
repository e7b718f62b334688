from typing import Literal

GetSuspensionResponse414Type = Literal["/problems/uri-too-long"]

GET_SUSPENSION_RESPONSE_414_TYPE_VALUES: set[GetSuspensionResponse414Type] = {
    "/problems/uri-too-long",
}


def check_get_suspension_response_414_type(value: str) -> GetSuspensionResponse414Type:
    if value in GET_SUSPENSION_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SUSPENSION_RESPONSE_414_TYPE_VALUES!r}"
    )
