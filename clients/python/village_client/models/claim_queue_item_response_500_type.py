from typing import Literal

ClaimQueueItemResponse500Type = Literal["/problems/internal-error"]

CLAIM_QUEUE_ITEM_RESPONSE_500_TYPE_VALUES: set[ClaimQueueItemResponse500Type] = {
    "/problems/internal-error",
}


def check_claim_queue_item_response_500_type(value: str) -> ClaimQueueItemResponse500Type:
    if value in CLAIM_QUEUE_ITEM_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLAIM_QUEUE_ITEM_RESPONSE_500_TYPE_VALUES!r}"
    )
