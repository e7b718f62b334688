from typing import Literal

ReadLogResponse503Type = Literal["/problems/service-unavailable"]

READ_LOG_RESPONSE_503_TYPE_VALUES: set[ReadLogResponse503Type] = {
    "/problems/service-unavailable",
}


def check_read_log_response_503_type(value: str) -> ReadLogResponse503Type:
    if value in READ_LOG_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_LOG_RESPONSE_503_TYPE_VALUES!r}"
    )
