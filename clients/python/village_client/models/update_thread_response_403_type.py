from typing import Literal

UpdateThreadResponse403Type = Literal[
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
]

UPDATE_THREAD_RESPONSE_403_TYPE_VALUES: set[UpdateThreadResponse403Type] = {
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_update_thread_response_403_type(value: str) -> UpdateThreadResponse403Type:
    if value in UPDATE_THREAD_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_THREAD_RESPONSE_403_TYPE_VALUES!r}"
    )
