from typing import Literal

RestoreThreadResponse404Type = Literal["/problems/not-found"]

RESTORE_THREAD_RESPONSE_404_TYPE_VALUES: set[RestoreThreadResponse404Type] = {
    "/problems/not-found",
}


def check_restore_thread_response_404_type(value: str) -> RestoreThreadResponse404Type:
    if value in RESTORE_THREAD_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESTORE_THREAD_RESPONSE_404_TYPE_VALUES!r}"
    )
