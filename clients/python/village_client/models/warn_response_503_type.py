from typing import Literal

WarnResponse503Type = Literal["/problems/service-unavailable"]

WARN_RESPONSE_503_TYPE_VALUES: set[WarnResponse503Type] = {
    "/problems/service-unavailable",
}


def check_warn_response_503_type(value: str) -> WarnResponse503Type:
    if value in WARN_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WARN_RESPONSE_503_TYPE_VALUES!r}"
    )
