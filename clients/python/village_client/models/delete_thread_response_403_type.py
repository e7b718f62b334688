from typing import Literal

DeleteThreadResponse403Type = Literal[
    "/problems/forbidden", "/problems/insufficient-scope", "/problems/suspended"
]

DELETE_THREAD_RESPONSE_403_TYPE_VALUES: set[DeleteThreadResponse403Type] = {
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_delete_thread_response_403_type(value: str) -> DeleteThreadResponse403Type:
    if value in DELETE_THREAD_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_THREAD_RESPONSE_403_TYPE_VALUES!r}"
    )
