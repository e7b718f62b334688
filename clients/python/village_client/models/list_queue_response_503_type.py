from typing import Literal

ListQueueResponse503Type = Literal["/problems/service-unavailable"]

LIST_QUEUE_RESPONSE_503_TYPE_VALUES: set[ListQueueResponse503Type] = {
    "/problems/service-unavailable",
}


def check_list_queue_response_503_type(value: str) -> ListQueueResponse503Type:
    if value in LIST_QUEUE_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_QUEUE_RESPONSE_503_TYPE_VALUES!r}"
    )
