from typing import Literal

ReadUserResponse414Type = Literal["/problems/uri-too-long"]

READ_USER_RESPONSE_414_TYPE_VALUES: set[ReadUserResponse414Type] = {
    "/problems/uri-too-long",
}


def check_read_user_response_414_type(value: str) -> ReadUserResponse414Type:
    if value in READ_USER_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_USER_RESPONSE_414_TYPE_VALUES!r}"
    )
