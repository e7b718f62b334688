from typing import Literal

ReadLogResponse429Type = Literal["/problems/rate-limited"]

READ_LOG_RESPONSE_429_TYPE_VALUES: set[ReadLogResponse429Type] = {
    "/problems/rate-limited",
}


def check_read_log_response_429_type(value: str) -> ReadLogResponse429Type:
    if value in READ_LOG_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_LOG_RESPONSE_429_TYPE_VALUES!r}"
    )
