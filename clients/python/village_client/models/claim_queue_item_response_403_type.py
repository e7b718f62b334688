from typing import Literal

ClaimQueueItemResponse403Type = Literal[
    "/problems/forbidden", "/problems/insufficient-scope", "/problems/suspended"
]

CLAIM_QUEUE_ITEM_RESPONSE_403_TYPE_VALUES: set[ClaimQueueItemResponse403Type] = {
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_claim_queue_item_response_403_type(value: str) -> ClaimQueueItemResponse403Type:
    if value in CLAIM_QUEUE_ITEM_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLAIM_QUEUE_ITEM_RESPONSE_403_TYPE_VALUES!r}"
    )
