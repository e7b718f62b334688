from typing import Literal

ClaimQueueItemResponse429Type = Literal["/problems/rate-limited"]

CLAIM_QUEUE_ITEM_RESPONSE_429_TYPE_VALUES: set[ClaimQueueItemResponse429Type] = {
    "/problems/rate-limited",
}


def check_claim_queue_item_response_429_type(value: str) -> ClaimQueueItemResponse429Type:
    if value in CLAIM_QUEUE_ITEM_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLAIM_QUEUE_ITEM_RESPONSE_429_TYPE_VALUES!r}"
    )
