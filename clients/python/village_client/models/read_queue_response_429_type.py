from typing import Literal

ReadQueueResponse429Type = Literal["/problems/rate-limited"]

READ_QUEUE_RESPONSE_429_TYPE_VALUES: set[ReadQueueResponse429Type] = {
    "/problems/rate-limited",
}


def check_read_queue_response_429_type(value: str) -> ReadQueueResponse429Type:
    if value in READ_QUEUE_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_QUEUE_RESPONSE_429_TYPE_VALUES!r}"
    )
