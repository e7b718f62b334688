from typing import Literal

RedeliverResponse429Type = Literal["/problems/rate-limited"]

REDELIVER_RESPONSE_429_TYPE_VALUES: set[RedeliverResponse429Type] = {
    "/problems/rate-limited",
}


def check_redeliver_response_429_type(value: str) -> RedeliverResponse429Type:
    if value in REDELIVER_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REDELIVER_RESPONSE_429_TYPE_VALUES!r}"
    )
