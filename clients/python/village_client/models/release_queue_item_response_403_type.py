from typing import Literal

ReleaseQueueItemResponse403Type = Literal[
    "/problems/forbidden", "/problems/insufficient-scope", "/problems/suspended"
]

RELEASE_QUEUE_ITEM_RESPONSE_403_TYPE_VALUES: set[ReleaseQueueItemResponse403Type] = {
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_release_queue_item_response_403_type(value: str) -> ReleaseQueueItemResponse403Type:
    if value in RELEASE_QUEUE_ITEM_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RELEASE_QUEUE_ITEM_RESPONSE_403_TYPE_VALUES!r}"
    )
