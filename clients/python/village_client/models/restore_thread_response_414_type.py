from typing import Literal

RestoreThreadResponse414Type = Literal["/problems/uri-too-long"]

RESTORE_THREAD_RESPONSE_414_TYPE_VALUES: set[RestoreThreadResponse414Type] = {
    "/problems/uri-too-long",
}


def check_restore_thread_response_414_type(value: str) -> RestoreThreadResponse414Type:
    if value in RESTORE_THREAD_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESTORE_THREAD_RESPONSE_414_TYPE_VALUES!r}"
    )
