from typing import Literal

ClaimQueueItemResponse503Type = Literal["/problems/service-unavailable"]

CLAIM_QUEUE_ITEM_RESPONSE_503_TYPE_VALUES: set[ClaimQueueItemResponse503Type] = {
    "/problems/service-unavailable",
}


def check_claim_queue_item_response_503_type(value: str) -> ClaimQueueItemResponse503Type:
    if value in CLAIM_QUEUE_ITEM_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLAIM_QUEUE_ITEM_RESPONSE_503_TYPE_VALUES!r}"
    )
