from typing import Literal

WarnResponse409Type = Literal["/problems/idempotency-in-flight"]

WARN_RESPONSE_409_TYPE_VALUES: set[WarnResponse409Type] = {
    "/problems/idempotency-in-flight",
}


def check_warn_response_409_type(value: str) -> WarnResponse409Type:
    if value in WARN_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WARN_RESPONSE_409_TYPE_VALUES!r}"
    )
