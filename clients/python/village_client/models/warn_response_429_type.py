from typing import Literal

WarnResponse429Type = Literal["/problems/rate-limited"]

WARN_RESPONSE_429_TYPE_VALUES: set[WarnResponse429Type] = {
    "/problems/rate-limited",
}


def check_warn_response_429_type(value: str) -> WarnResponse429Type:
    if value in WARN_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WARN_RESPONSE_429_TYPE_VALUES!r}"
    )
