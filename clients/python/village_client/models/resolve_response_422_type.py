from typing import Literal

ResolveResponse422Type = Literal["/problems/validation-error"]

RESOLVE_RESPONSE_422_TYPE_VALUES: set[ResolveResponse422Type] = {
    "/problems/validation-error",
}


def check_resolve_response_422_type(value: str) -> ResolveResponse422Type:
    if value in RESOLVE_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOLVE_RESPONSE_422_TYPE_VALUES!r}"
    )
