from typing import Literal

ReadLogResponse422Type = Literal["/problems/validation-error"]

READ_LOG_RESPONSE_422_TYPE_VALUES: set[ReadLogResponse422Type] = {
    "/problems/validation-error",
}


def check_read_log_response_422_type(value: str) -> ReadLogResponse422Type:
    if value in READ_LOG_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_LOG_RESPONSE_422_TYPE_VALUES!r}"
    )
