from typing import Literal

ResolveQueueItemResponse414Type = Literal["/problems/uri-too-long"]

RESOLVE_QUEUE_ITEM_RESPONSE_414_TYPE_VALUES: set[ResolveQueueItemResponse414Type] = {
    "/problems/uri-too-long",
}


def check_resolve_queue_item_response_414_type(value: str) -> ResolveQueueItemResponse414Type:
    if value in RESOLVE_QUEUE_ITEM_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOLVE_QUEUE_ITEM_RESPONSE_414_TYPE_VALUES!r}"
    )
