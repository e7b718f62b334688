from typing import Literal

ClaimQueueItemResponse414Type = Literal["/problems/uri-too-long"]

CLAIM_QUEUE_ITEM_RESPONSE_414_TYPE_VALUES: set[ClaimQueueItemResponse414Type] = {
    "/problems/uri-too-long",
}


def check_claim_queue_item_response_414_type(value: str) -> ClaimQueueItemResponse414Type:
    if value in CLAIM_QUEUE_ITEM_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLAIM_QUEUE_ITEM_RESPONSE_414_TYPE_VALUES!r}"
    )
