from typing import Literal

RestoreThreadResponse403Type = Literal[
    "/problems/forbidden", "/problems/insufficient-scope", "/problems/suspended"
]

RESTORE_THREAD_RESPONSE_403_TYPE_VALUES: set[RestoreThreadResponse403Type] = {
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_restore_thread_response_403_type(value: str) -> RestoreThreadResponse403Type:
    if value in RESTORE_THREAD_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESTORE_THREAD_RESPONSE_403_TYPE_VALUES!r}"
    )
