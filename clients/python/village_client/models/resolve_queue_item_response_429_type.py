from typing import Literal

ResolveQueueItemResponse429Type = Literal["/problems/rate-limited"]

RESOLVE_QUEUE_ITEM_RESPONSE_429_TYPE_VALUES: set[ResolveQueueItemResponse429Type] = {
    "/problems/rate-limited",
}


def check_resolve_queue_item_response_429_type(value: str) -> ResolveQueueItemResponse429Type:
    if value in RESOLVE_QUEUE_ITEM_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOLVE_QUEUE_ITEM_RESPONSE_429_TYPE_VALUES!r}"
    )
