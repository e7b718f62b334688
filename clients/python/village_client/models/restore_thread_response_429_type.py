from typing import Literal

RestoreThreadResponse429Type = Literal["/problems/rate-limited"]

RESTORE_THREAD_RESPONSE_429_TYPE_VALUES: set[RestoreThreadResponse429Type] = {
    "/problems/rate-limited",
}


def check_restore_thread_response_429_type(value: str) -> RestoreThreadResponse429Type:
    if value in RESTORE_THREAD_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESTORE_THREAD_RESPONSE_429_TYPE_VALUES!r}"
    )
