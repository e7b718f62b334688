from typing import Literal

ReadUserResponse431Type = Literal["/problems/request-header-fields-too-large"]

READ_USER_RESPONSE_431_TYPE_VALUES: set[ReadUserResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_read_user_response_431_type(value: str) -> ReadUserResponse431Type:
    if value in READ_USER_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_USER_RESPONSE_431_TYPE_VALUES!r}"
    )
