from typing import Literal

RedeliverResponse422Type = Literal["/problems/validation-error"]

REDELIVER_RESPONSE_422_TYPE_VALUES: set[RedeliverResponse422Type] = {
    "/problems/validation-error",
}


def check_redeliver_response_422_type(value: str) -> RedeliverResponse422Type:
    if value in REDELIVER_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REDELIVER_RESPONSE_422_TYPE_VALUES!r}"
    )
