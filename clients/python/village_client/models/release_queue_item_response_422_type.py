from typing import Literal

ReleaseQueueItemResponse422Type = Literal["/problems/validation-error"]

RELEASE_QUEUE_ITEM_RESPONSE_422_TYPE_VALUES: set[ReleaseQueueItemResponse422Type] = {
    "/problems/validation-error",
}


def check_release_queue_item_response_422_type(value: str) -> ReleaseQueueItemResponse422Type:
    if value in RELEASE_QUEUE_ITEM_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RELEASE_QUEUE_ITEM_RESPONSE_422_TYPE_VALUES!r}"
    )
