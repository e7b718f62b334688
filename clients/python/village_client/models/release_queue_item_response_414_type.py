from typing import Literal

ReleaseQueueItemResponse414Type = Literal["/problems/uri-too-long"]

RELEASE_QUEUE_ITEM_RESPONSE_414_TYPE_VALUES: set[ReleaseQueueItemResponse414Type] = {
    "/problems/uri-too-long",
}


def check_release_queue_item_response_414_type(value: str) -> ReleaseQueueItemResponse414Type:
    if value in RELEASE_QUEUE_ITEM_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RELEASE_QUEUE_ITEM_RESPONSE_414_TYPE_VALUES!r}"
    )
