from typing import Literal

ResolveQueueItemResponse409Type = Literal["/problems/claimed", "/problems/nothing-to-resolve"]

RESOLVE_QUEUE_ITEM_RESPONSE_409_TYPE_VALUES: set[ResolveQueueItemResponse409Type] = {
    "/problems/claimed",
    "/problems/nothing-to-resolve",
}


def check_resolve_queue_item_response_409_type(value: str) -> ResolveQueueItemResponse409Type:
    if value in RESOLVE_QUEUE_ITEM_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOLVE_QUEUE_ITEM_RESPONSE_409_TYPE_VALUES!r}"
    )
