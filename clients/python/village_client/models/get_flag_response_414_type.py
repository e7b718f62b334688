from typing import Literal

GetFlagResponse414Type = Literal["/problems/uri-too-long"]

GET_FLAG_RESPONSE_414_TYPE_VALUES: set[GetFlagResponse414Type] = {
    "/problems/uri-too-long",
}


def check_get_flag_response_414_type(value: str) -> GetFlagResponse414Type:
    if value in GET_FLAG_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_FLAG_RESPONSE_414_TYPE_VALUES!r}"
    )
