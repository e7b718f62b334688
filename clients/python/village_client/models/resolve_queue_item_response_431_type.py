from typing import Literal

ResolveQueueItemResponse431Type = Literal["/problems/request-header-fields-too-large"]

RESOLVE_QUEUE_ITEM_RESPONSE_431_TYPE_VALUES: set[ResolveQueueItemResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_resolve_queue_item_response_431_type(value: str) -> ResolveQueueItemResponse431Type:
    if value in RESOLVE_QUEUE_ITEM_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOLVE_QUEUE_ITEM_RESPONSE_431_TYPE_VALUES!r}"
    )
