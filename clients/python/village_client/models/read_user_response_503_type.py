from typing import Literal

ReadUserResponse503Type = Literal["/problems/service-unavailable"]

READ_USER_RESPONSE_503_TYPE_VALUES: set[ReadUserResponse503Type] = {
    "/problems/service-unavailable",
}


def check_read_user_response_503_type(value: str) -> ReadUserResponse503Type:
    if value in READ_USER_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_USER_RESPONSE_503_TYPE_VALUES!r}"
    )
