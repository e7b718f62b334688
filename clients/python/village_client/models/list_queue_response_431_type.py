from typing import Literal

ListQueueResponse431Type = Literal["/problems/request-header-fields-too-large"]

LIST_QUEUE_RESPONSE_431_TYPE_VALUES: set[ListQueueResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_list_queue_response_431_type(value: str) -> ListQueueResponse431Type:
    if value in LIST_QUEUE_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_QUEUE_RESPONSE_431_TYPE_VALUES!r}"
    )
