from typing import Literal

ReadQueueResponse422Type = Literal["/problems/validation-error"]

READ_QUEUE_RESPONSE_422_TYPE_VALUES: set[ReadQueueResponse422Type] = {
    "/problems/validation-error",
}


def check_read_queue_response_422_type(value: str) -> ReadQueueResponse422Type:
    if value in READ_QUEUE_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_QUEUE_RESPONSE_422_TYPE_VALUES!r}"
    )
