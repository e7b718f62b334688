from typing import Literal

ResolveQueueItemResponse400Type = Literal["/problems/malformed-json"]

RESOLVE_QUEUE_ITEM_RESPONSE_400_TYPE_VALUES: set[ResolveQueueItemResponse400Type] = {
    "/problems/malformed-json",
}


def check_resolve_queue_item_response_400_type(value: str) -> ResolveQueueItemResponse400Type:
    if value in RESOLVE_QUEUE_ITEM_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOLVE_QUEUE_ITEM_RESPONSE_400_TYPE_VALUES!r}"
    )
