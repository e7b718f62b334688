from typing import Literal

SuspendResponse413Type = Literal["/problems/payload-too-large"]

SUSPEND_RESPONSE_413_TYPE_VALUES: set[SuspendResponse413Type] = {
    "/problems/payload-too-large",
}


def check_suspend_response_413_type(value: str) -> SuspendResponse413Type:
    if value in SUSPEND_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUSPEND_RESPONSE_413_TYPE_VALUES!r}"
    )
