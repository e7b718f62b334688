from typing import Literal

ResolveResponse503Type = Literal["/problems/service-unavailable"]

RESOLVE_RESPONSE_503_TYPE_VALUES: set[ResolveResponse503Type] = {
    "/problems/service-unavailable",
}


def check_resolve_response_503_type(value: str) -> ResolveResponse503Type:
    if value in RESOLVE_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOLVE_RESPONSE_503_TYPE_VALUES!r}"
    )
