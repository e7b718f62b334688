from typing import Literal

RestoreThreadResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

RESTORE_THREAD_RESPONSE_401_TYPE_VALUES: set[RestoreThreadResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_restore_thread_response_401_type(value: str) -> RestoreThreadResponse401Type:
    if value in RESTORE_THREAD_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESTORE_THREAD_RESPONSE_401_TYPE_VALUES!r}"
    )
