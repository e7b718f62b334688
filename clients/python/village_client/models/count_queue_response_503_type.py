from typing import Literal

CountQueueResponse503Type = Literal["/problems/service-unavailable"]

COUNT_QUEUE_RESPONSE_503_TYPE_VALUES: set[CountQueueResponse503Type] = {
    "/problems/service-unavailable",
}


def check_count_queue_response_503_type(value: str) -> CountQueueResponse503Type:
    if value in COUNT_QUEUE_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COUNT_QUEUE_RESPONSE_503_TYPE_VALUES!r}"
    )
