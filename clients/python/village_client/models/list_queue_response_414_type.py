from typing import Literal

ListQueueResponse414Type = Literal["/problems/uri-too-long"]

LIST_QUEUE_RESPONSE_414_TYPE_VALUES: set[ListQueueResponse414Type] = {
    "/problems/uri-too-long",
}


def check_list_queue_response_414_type(value: str) -> ListQueueResponse414Type:
    if value in LIST_QUEUE_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_QUEUE_RESPONSE_414_TYPE_VALUES!r}"
    )
