from typing import Literal

ReadUserResponse422Type = Literal["/problems/validation-error"]

READ_USER_RESPONSE_422_TYPE_VALUES: set[ReadUserResponse422Type] = {
    "/problems/validation-error",
}


def check_read_user_response_422_type(value: str) -> ReadUserResponse422Type:
    if value in READ_USER_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_USER_RESPONSE_422_TYPE_VALUES!r}"
    )
