from typing import Literal

WarnResponse413Type = Literal["/problems/payload-too-large"]

WARN_RESPONSE_413_TYPE_VALUES: set[WarnResponse413Type] = {
    "/problems/payload-too-large",
}


def check_warn_response_413_type(value: str) -> WarnResponse413Type:
    if value in WARN_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WARN_RESPONSE_413_TYPE_VALUES!r}"
    )
