from typing import Literal

RestoreThreadResponse422Type = Literal["/problems/validation-error"]

RESTORE_THREAD_RESPONSE_422_TYPE_VALUES: set[RestoreThreadResponse422Type] = {
    "/problems/validation-error",
}


def check_restore_thread_response_422_type(value: str) -> RestoreThreadResponse422Type:
    if value in RESTORE_THREAD_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESTORE_THREAD_RESPONSE_422_TYPE_VALUES!r}"
    )
