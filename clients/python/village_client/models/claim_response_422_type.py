from typing import Literal

ClaimResponse422Type = Literal["/problems/validation-error"]

CLAIM_RESPONSE_422_TYPE_VALUES: set[ClaimResponse422Type] = {
    "/problems/validation-error",
}


def check_claim_response_422_type(value: str) -> ClaimResponse422Type:
    if value in CLAIM_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLAIM_RESPONSE_422_TYPE_VALUES!r}"
    )
