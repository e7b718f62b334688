from typing import Literal

ReadQueueResponse400Type = Literal["/problems/invalid-cursor"]

READ_QUEUE_RESPONSE_400_TYPE_VALUES: set[ReadQueueResponse400Type] = {
    "/problems/invalid-cursor",
}


def check_read_queue_response_400_type(value: str) -> ReadQueueResponse400Type:
    if value in READ_QUEUE_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_QUEUE_RESPONSE_400_TYPE_VALUES!r}"
    )
