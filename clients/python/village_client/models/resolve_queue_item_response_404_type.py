from typing import Literal

ResolveQueueItemResponse404Type = Literal["/problems/not-found"]

RESOLVE_QUEUE_ITEM_RESPONSE_404_TYPE_VALUES: set[ResolveQueueItemResponse404Type] = {
    "/problems/not-found",
}


def check_resolve_queue_item_response_404_type(value: str) -> ResolveQueueItemResponse404Type:
    if value in RESOLVE_QUEUE_ITEM_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOLVE_QUEUE_ITEM_RESPONSE_404_TYPE_VALUES!r}"
    )
