from typing import Literal

ReleaseQueueItemResponse409Type = Literal["/problems/claimed"]

RELEASE_QUEUE_ITEM_RESPONSE_409_TYPE_VALUES: set[ReleaseQueueItemResponse409Type] = {
    "/problems/claimed",
}


def check_release_queue_item_response_409_type(value: str) -> ReleaseQueueItemResponse409Type:
    if value in RELEASE_QUEUE_ITEM_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RELEASE_QUEUE_ITEM_RESPONSE_409_TYPE_VALUES!r}"
    )
