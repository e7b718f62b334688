from typing import Literal

ResolveQueueItemResponse422Type = Literal["/problems/validation-error"]

RESOLVE_QUEUE_ITEM_RESPONSE_422_TYPE_VALUES: set[ResolveQueueItemResponse422Type] = {
    "/problems/validation-error",
}


def check_resolve_queue_item_response_422_type(value: str) -> ResolveQueueItemResponse422Type:
    if value in RESOLVE_QUEUE_ITEM_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOLVE_QUEUE_ITEM_RESPONSE_422_TYPE_VALUES!r}"
    )
