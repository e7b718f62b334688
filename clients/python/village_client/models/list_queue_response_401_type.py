from typing import Literal

ListQueueResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

LIST_QUEUE_RESPONSE_401_TYPE_VALUES: set[ListQueueResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_list_queue_response_401_type(value: str) -> ListQueueResponse401Type:
    if value in LIST_QUEUE_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_QUEUE_RESPONSE_401_TYPE_VALUES!r}"
    )
