from typing import Literal

ClaimQueueItemResponse422Type = Literal["/problems/validation-error"]

CLAIM_QUEUE_ITEM_RESPONSE_422_TYPE_VALUES: set[ClaimQueueItemResponse422Type] = {
    "/problems/validation-error",
}


def check_claim_queue_item_response_422_type(value: str) -> ClaimQueueItemResponse422Type:
    if value in CLAIM_QUEUE_ITEM_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLAIM_QUEUE_ITEM_RESPONSE_422_TYPE_VALUES!r}"
    )
