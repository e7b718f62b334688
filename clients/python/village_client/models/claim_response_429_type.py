from typing import Literal

ClaimResponse429Type = Literal["/problems/rate-limited"]

CLAIM_RESPONSE_429_TYPE_VALUES: set[ClaimResponse429Type] = {
    "/problems/rate-limited",
}


def check_claim_response_429_type(value: str) -> ClaimResponse429Type:
    if value in CLAIM_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLAIM_RESPONSE_429_TYPE_VALUES!r}"
    )
