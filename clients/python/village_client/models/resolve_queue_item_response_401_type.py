from typing import Literal

ResolveQueueItemResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

RESOLVE_QUEUE_ITEM_RESPONSE_401_TYPE_VALUES: set[ResolveQueueItemResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_resolve_queue_item_response_401_type(value: str) -> ResolveQueueItemResponse401Type:
    if value in RESOLVE_QUEUE_ITEM_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOLVE_QUEUE_ITEM_RESPONSE_401_TYPE_VALUES!r}"
    )
