from typing import Literal

ResolveQueueItemResponse403Type = Literal[
    "/problems/forbidden", "/problems/insufficient-scope", "/problems/suspended"
]

RESOLVE_QUEUE_ITEM_RESPONSE_403_TYPE_VALUES: set[ResolveQueueItemResponse403Type] = {
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_resolve_queue_item_response_403_type(value: str) -> ResolveQueueItemResponse403Type:
    if value in RESOLVE_QUEUE_ITEM_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOLVE_QUEUE_ITEM_RESPONSE_403_TYPE_VALUES!r}"
    )
