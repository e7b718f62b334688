from typing import Literal

ClaimQueueItemResponse409Type = Literal["/problems/claimed"]

CLAIM_QUEUE_ITEM_RESPONSE_409_TYPE_VALUES: set[ClaimQueueItemResponse409Type] = {
    "/problems/claimed",
}


def check_claim_queue_item_response_409_type(value: str) -> ClaimQueueItemResponse409Type:
    if value in CLAIM_QUEUE_ITEM_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLAIM_QUEUE_ITEM_RESPONSE_409_TYPE_VALUES!r}"
    )
