from typing import Literal

SuspendResponse400Type = Literal["/problems/malformed-json"]

SUSPEND_RESPONSE_400_TYPE_VALUES: set[SuspendResponse400Type] = {
    "/problems/malformed-json",
}


def check_suspend_response_400_type(value: str) -> SuspendResponse400Type:
    if value in SUSPEND_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUSPEND_RESPONSE_400_TYPE_VALUES!r}"
    )
