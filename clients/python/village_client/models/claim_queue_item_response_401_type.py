from typing import Literal

ClaimQueueItemResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

CLAIM_QUEUE_ITEM_RESPONSE_401_TYPE_VALUES: set[ClaimQueueItemResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_claim_queue_item_response_401_type(value: str) -> ClaimQueueItemResponse401Type:
    if value in CLAIM_QUEUE_ITEM_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLAIM_QUEUE_ITEM_RESPONSE_401_TYPE_VALUES!r}"
    )
