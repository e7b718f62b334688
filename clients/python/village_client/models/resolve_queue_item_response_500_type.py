from typing import Literal

ResolveQueueItemResponse500Type = Literal["/problems/internal-error"]

RESOLVE_QUEUE_ITEM_RESPONSE_500_TYPE_VALUES: set[ResolveQueueItemResponse500Type] = {
    "/problems/internal-error",
}


def check_resolve_queue_item_response_500_type(value: str) -> ResolveQueueItemResponse500Type:
    if value in RESOLVE_QUEUE_ITEM_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOLVE_QUEUE_ITEM_RESPONSE_500_TYPE_VALUES!r}"
    )
