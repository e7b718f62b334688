from typing import Literal

ClaimQueueItemResponse431Type = Literal["/problems/request-header-fields-too-large"]

CLAIM_QUEUE_ITEM_RESPONSE_431_TYPE_VALUES: set[ClaimQueueItemResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_claim_queue_item_response_431_type(value: str) -> ClaimQueueItemResponse431Type:
    if value in CLAIM_QUEUE_ITEM_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLAIM_QUEUE_ITEM_RESPONSE_431_TYPE_VALUES!r}"
    )
