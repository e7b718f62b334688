from typing import Literal

ReadLogResponse400Type = Literal["/problems/invalid-cursor"]

READ_LOG_RESPONSE_400_TYPE_VALUES: set[ReadLogResponse400Type] = {
    "/problems/invalid-cursor",
}


def check_read_log_response_400_type(value: str) -> ReadLogResponse400Type:
    if value in READ_LOG_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_LOG_RESPONSE_400_TYPE_VALUES!r}"
    )
