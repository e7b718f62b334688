from typing import Literal

ReleaseQueueItemResponse429Type = Literal["/problems/rate-limited"]

RELEASE_QUEUE_ITEM_RESPONSE_429_TYPE_VALUES: set[ReleaseQueueItemResponse429Type] = {
    "/problems/rate-limited",
}


def check_release_queue_item_response_429_type(value: str) -> ReleaseQueueItemResponse429Type:
    if value in RELEASE_QUEUE_ITEM_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RELEASE_QUEUE_ITEM_RESPONSE_429_TYPE_VALUES!r}"
    )
