from typing import Literal

ResolveQueueItemResponse503Type = Literal["/problems/service-unavailable"]

RESOLVE_QUEUE_ITEM_RESPONSE_503_TYPE_VALUES: set[ResolveQueueItemResponse503Type] = {
    "/problems/service-unavailable",
}


def check_resolve_queue_item_response_503_type(value: str) -> ResolveQueueItemResponse503Type:
    if value in RESOLVE_QUEUE_ITEM_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOLVE_QUEUE_ITEM_RESPONSE_503_TYPE_VALUES!r}"
    )
