from typing import Literal

GetSuspensionResponse403Type = Literal[
    "/problems/forbidden", "/problems/insufficient-scope", "/problems/suspended"
]

GET_SUSPENSION_RESPONSE_403_TYPE_VALUES: set[GetSuspensionResponse403Type] = {
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_get_suspension_response_403_type(value: str) -> GetSuspensionResponse403Type:
    if value in GET_SUSPENSION_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SUSPENSION_RESPONSE_403_TYPE_VALUES!r}"
    )
