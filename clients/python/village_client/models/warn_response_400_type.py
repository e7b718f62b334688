from typing import Literal

WarnResponse400Type = Literal["/problems/malformed-json"]

WARN_RESPONSE_400_TYPE_VALUES: set[WarnResponse400Type] = {
    "/problems/malformed-json",
}


def check_warn_response_400_type(value: str) -> WarnResponse400Type:
    if value in WARN_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WARN_RESPONSE_400_TYPE_VALUES!r}"
    )
