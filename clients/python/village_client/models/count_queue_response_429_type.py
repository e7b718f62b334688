from typing import Literal

CountQueueResponse429Type = Literal["/problems/rate-limited"]

COUNT_QUEUE_RESPONSE_429_TYPE_VALUES: set[CountQueueResponse429Type] = {
    "/problems/rate-limited",
}


def check_count_queue_response_429_type(value: str) -> CountQueueResponse429Type:
    if value in COUNT_QUEUE_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COUNT_QUEUE_RESPONSE_429_TYPE_VALUES!r}"
    )
