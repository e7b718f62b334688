from typing import Literal

ReadQueueResponse503Type = Literal["/problems/service-unavailable"]

READ_QUEUE_RESPONSE_503_TYPE_VALUES: set[ReadQueueResponse503Type] = {
    "/problems/service-unavailable",
}


def check_read_queue_response_503_type(value: str) -> ReadQueueResponse503Type:
    if value in READ_QUEUE_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_QUEUE_RESPONSE_503_TYPE_VALUES!r}"
    )
