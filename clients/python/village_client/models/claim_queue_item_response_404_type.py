from typing import Literal

ClaimQueueItemResponse404Type = Literal["/problems/not-found"]

CLAIM_QUEUE_ITEM_RESPONSE_404_TYPE_VALUES: set[ClaimQueueItemResponse404Type] = {
    "/problems/not-found",
}


def check_claim_queue_item_response_404_type(value: str) -> ClaimQueueItemResponse404Type:
    if value in CLAIM_QUEUE_ITEM_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLAIM_QUEUE_ITEM_RESPONSE_404_TYPE_VALUES!r}"
    )
