from typing import Literal

ResolveQueueItemResponse413Type = Literal["/problems/payload-too-large"]

RESOLVE_QUEUE_ITEM_RESPONSE_413_TYPE_VALUES: set[ResolveQueueItemResponse413Type] = {
    "/problems/payload-too-large",
}


def check_resolve_queue_item_response_413_type(value: str) -> ResolveQueueItemResponse413Type:
    if value in RESOLVE_QUEUE_ITEM_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOLVE_QUEUE_ITEM_RESPONSE_413_TYPE_VALUES!r}"
    )
