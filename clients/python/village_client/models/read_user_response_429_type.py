from typing import Literal

ReadUserResponse429Type = Literal["/problems/rate-limited"]

READ_USER_RESPONSE_429_TYPE_VALUES: set[ReadUserResponse429Type] = {
    "/problems/rate-limited",
}


def check_read_user_response_429_type(value: str) -> ReadUserResponse429Type:
    if value in READ_USER_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_USER_RESPONSE_429_TYPE_VALUES!r}"
    )
