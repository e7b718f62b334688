from typing import Literal

ListQueueResponse429Type = Literal["/problems/rate-limited"]

LIST_QUEUE_RESPONSE_429_TYPE_VALUES: set[ListQueueResponse429Type] = {
    "/problems/rate-limited",
}


def check_list_queue_response_429_type(value: str) -> ListQueueResponse429Type:
    if value in LIST_QUEUE_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_QUEUE_RESPONSE_429_TYPE_VALUES!r}"
    )
