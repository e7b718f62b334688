from typing import Literal

ListQueueResponse403Type = Literal[
    "/problems/forbidden", "/problems/insufficient-scope", "/problems/suspended"
]

LIST_QUEUE_RESPONSE_403_TYPE_VALUES: set[ListQueueResponse403Type] = {
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_list_queue_response_403_type(value: str) -> ListQueueResponse403Type:
    if value in LIST_QUEUE_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_QUEUE_RESPONSE_403_TYPE_VALUES!r}"
    )
