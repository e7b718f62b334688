from typing import Literal

ListQueueResponse500Type = Literal["/problems/internal-error"]

LIST_QUEUE_RESPONSE_500_TYPE_VALUES: set[ListQueueResponse500Type] = {
    "/problems/internal-error",
}


def check_list_queue_response_500_type(value: str) -> ListQueueResponse500Type:
    if value in LIST_QUEUE_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_QUEUE_RESPONSE_500_TYPE_VALUES!r}"
    )
