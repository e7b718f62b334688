from typing import Literal

ReadUserResponse500Type = Literal["/problems/internal-error"]

READ_USER_RESPONSE_500_TYPE_VALUES: set[ReadUserResponse500Type] = {
    "/problems/internal-error",
}


def check_read_user_response_500_type(value: str) -> ReadUserResponse500Type:
    if value in READ_USER_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_USER_RESPONSE_500_TYPE_VALUES!r}"
    )
