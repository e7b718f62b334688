from typing import Literal

ResolveResponse413Type = Literal["/problems/payload-too-large"]

RESOLVE_RESPONSE_413_TYPE_VALUES: set[ResolveResponse413Type] = {
    "/problems/payload-too-large",
}


def check_resolve_response_413_type(value: str) -> ResolveResponse413Type:
    if value in RESOLVE_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOLVE_RESPONSE_413_TYPE_VALUES!r}"
    )
