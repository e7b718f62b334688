from typing import Literal

ReleaseQueueItemResponse404Type = Literal["/problems/not-found"]

RELEASE_QUEUE_ITEM_RESPONSE_404_TYPE_VALUES: set[ReleaseQueueItemResponse404Type] = {
    "/problems/not-found",
}


def check_release_queue_item_response_404_type(value: str) -> ReleaseQueueItemResponse404Type:
    if value in RELEASE_QUEUE_ITEM_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RELEASE_QUEUE_ITEM_RESPONSE_404_TYPE_VALUES!r}"
    )
