from typing import Literal

ReadUserResponse404Type = Literal["/problems/not-found"]

READ_USER_RESPONSE_404_TYPE_VALUES: set[ReadUserResponse404Type] = {
    "/problems/not-found",
}


def check_read_user_response_404_type(value: str) -> ReadUserResponse404Type:
    if value in READ_USER_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_USER_RESPONSE_404_TYPE_VALUES!r}"
    )
