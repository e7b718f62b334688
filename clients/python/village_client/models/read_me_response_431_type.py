from typing import Literal

ReadMeResponse431Type = Literal["/problems/request-header-fields-too-large"]

READ_ME_RESPONSE_431_TYPE_VALUES: set[ReadMeResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_read_me_response_431_type(value: str) -> ReadMeResponse431Type:
    if value in READ_ME_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_ME_RESPONSE_431_TYPE_VALUES!r}"
    )
