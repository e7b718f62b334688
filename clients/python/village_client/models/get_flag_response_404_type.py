from typing import Literal

GetFlagResponse404Type = Literal["/problems/not-found"]

GET_FLAG_RESPONSE_404_TYPE_VALUES: set[GetFlagResponse404Type] = {
    "/problems/not-found",
}


def check_get_flag_response_404_type(value: str) -> GetFlagResponse404Type:
    if value in GET_FLAG_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_FLAG_RESPONSE_404_TYPE_VALUES!r}"
    )
