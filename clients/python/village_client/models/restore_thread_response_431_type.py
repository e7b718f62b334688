from typing import Literal

RestoreThreadResponse431Type = Literal["/problems/request-header-fields-too-large"]

RESTORE_THREAD_RESPONSE_431_TYPE_VALUES: set[RestoreThreadResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_restore_thread_response_431_type(value: str) -> RestoreThreadResponse431Type:
    if value in RESTORE_THREAD_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESTORE_THREAD_RESPONSE_431_TYPE_VALUES!r}"
    )
