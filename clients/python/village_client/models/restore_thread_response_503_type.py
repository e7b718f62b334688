from typing import Literal

RestoreThreadResponse503Type = Literal["/problems/service-unavailable"]

RESTORE_THREAD_RESPONSE_503_TYPE_VALUES: set[RestoreThreadResponse503Type] = {
    "/problems/service-unavailable",
}


def check_restore_thread_response_503_type(value: str) -> RestoreThreadResponse503Type:
    if value in RESTORE_THREAD_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESTORE_THREAD_RESPONSE_503_TYPE_VALUES!r}"
    )
