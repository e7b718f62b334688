from typing import Literal

RestoreThreadResponse500Type = Literal["/problems/internal-error"]

RESTORE_THREAD_RESPONSE_500_TYPE_VALUES: set[RestoreThreadResponse500Type] = {
    "/problems/internal-error",
}


def check_restore_thread_response_500_type(value: str) -> RestoreThreadResponse500Type:
    if value in RESTORE_THREAD_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESTORE_THREAD_RESPONSE_500_TYPE_VALUES!r}"
    )
