from typing import Literal

ResolveResponse429Type = Literal["/problems/rate-limited"]

RESOLVE_RESPONSE_429_TYPE_VALUES: set[ResolveResponse429Type] = {
    "/problems/rate-limited",
}


def check_resolve_response_429_type(value: str) -> ResolveResponse429Type:
    if value in RESOLVE_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOLVE_RESPONSE_429_TYPE_VALUES!r}"
    )
