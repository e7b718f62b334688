from typing import Literal

ReleaseQueueItemResponse500Type = Literal["/problems/internal-error"]

RELEASE_QUEUE_ITEM_RESPONSE_500_TYPE_VALUES: set[ReleaseQueueItemResponse500Type] = {
    "/problems/internal-error",
}


def check_release_queue_item_response_500_type(value: str) -> ReleaseQueueItemResponse500Type:
    if value in RELEASE_QUEUE_ITEM_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RELEASE_QUEUE_ITEM_RESPONSE_500_TYPE_VALUES!r}"
    )
