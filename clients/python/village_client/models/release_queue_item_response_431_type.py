from typing import Literal

ReleaseQueueItemResponse431Type = Literal["/problems/request-header-fields-too-large"]

RELEASE_QUEUE_ITEM_RESPONSE_431_TYPE_VALUES: set[ReleaseQueueItemResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_release_queue_item_response_431_type(value: str) -> ReleaseQueueItemResponse431Type:
    if value in RELEASE_QUEUE_ITEM_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RELEASE_QUEUE_ITEM_RESPONSE_431_TYPE_VALUES!r}"
    )
