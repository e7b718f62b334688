from typing import Literal

ClaimResponse503Type = Literal["/problems/service-unavailable"]

CLAIM_RESPONSE_503_TYPE_VALUES: set[ClaimResponse503Type] = {
    "/problems/service-unavailable",
}


def check_claim_response_503_type(value: str) -> ClaimResponse503Type:
    if value in CLAIM_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLAIM_RESPONSE_503_TYPE_VALUES!r}"
    )
