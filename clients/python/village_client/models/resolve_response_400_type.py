from typing import Literal

ResolveResponse400Type = Literal["/problems/malformed-json"]

RESOLVE_RESPONSE_400_TYPE_VALUES: set[ResolveResponse400Type] = {
    "/problems/malformed-json",
}


def check_resolve_response_400_type(value: str) -> ResolveResponse400Type:
    if value in RESOLVE_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOLVE_RESPONSE_400_TYPE_VALUES!r}"
    )
