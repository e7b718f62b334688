from typing import Literal

CreateThreadResponse429Type = Literal["/problems/rate-limited"]

CREATE_THREAD_RESPONSE_429_TYPE_VALUES: set[CreateThreadResponse429Type] = {
    "/problems/rate-limited",
}


def check_create_thread_response_429_type(value: str) -> CreateThreadResponse429Type:
    if value in CREATE_THREAD_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_THREAD_RESPONSE_429_TYPE_VALUES!r}"
    )
