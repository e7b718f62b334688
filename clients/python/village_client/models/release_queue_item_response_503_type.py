from typing import Literal

ReleaseQueueItemResponse503Type = Literal["/problems/service-unavailable"]

RELEASE_QUEUE_ITEM_RESPONSE_503_TYPE_VALUES: set[ReleaseQueueItemResponse503Type] = {
    "/problems/service-unavailable",
}


def check_release_queue_item_response_503_type(value: str) -> ReleaseQueueItemResponse503Type:
    if value in RELEASE_QUEUE_ITEM_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RELEASE_QUEUE_ITEM_RESPONSE_503_TYPE_VALUES!r}"
    )
