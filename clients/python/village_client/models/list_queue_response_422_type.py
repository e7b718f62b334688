from typing import Literal

ListQueueResponse422Type = Literal["/problems/validation-error"]

LIST_QUEUE_RESPONSE_422_TYPE_VALUES: set[ListQueueResponse422Type] = {
    "/problems/validation-error",
}


def check_list_queue_response_422_type(value: str) -> ListQueueResponse422Type:
    if value in LIST_QUEUE_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_QUEUE_RESPONSE_422_TYPE_VALUES!r}"
    )
