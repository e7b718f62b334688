from typing import Literal

ListQueueResponse400Type = Literal["/problems/invalid-cursor"]

LIST_QUEUE_RESPONSE_400_TYPE_VALUES: set[ListQueueResponse400Type] = {
    "/problems/invalid-cursor",
}


def check_list_queue_response_400_type(value: str) -> ListQueueResponse400Type:
    if value in LIST_QUEUE_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_QUEUE_RESPONSE_400_TYPE_VALUES!r}"
    )
