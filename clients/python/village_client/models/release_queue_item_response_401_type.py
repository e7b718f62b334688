from typing import Literal

ReleaseQueueItemResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

RELEASE_QUEUE_ITEM_RESPONSE_401_TYPE_VALUES: set[ReleaseQueueItemResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_release_queue_item_response_401_type(value: str) -> ReleaseQueueItemResponse401Type:
    if value in RELEASE_QUEUE_ITEM_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RELEASE_QUEUE_ITEM_RESPONSE_401_TYPE_VALUES!r}"
    )
