from typing import Literal

RedeliverResponse503Type = Literal["/problems/service-unavailable"]

REDELIVER_RESPONSE_503_TYPE_VALUES: set[RedeliverResponse503Type] = {
    "/problems/service-unavailable",
}


def check_redeliver_response_503_type(value: str) -> RedeliverResponse503Type:
    if value in REDELIVER_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REDELIVER_RESPONSE_503_TYPE_VALUES!r}"
    )
