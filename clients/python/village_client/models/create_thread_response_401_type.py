from typing import Literal

CreateThreadResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

CREATE_THREAD_RESPONSE_401_TYPE_VALUES: set[CreateThreadResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_create_thread_response_401_type(value: str) -> CreateThreadResponse401Type:
    if value in CREATE_THREAD_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_THREAD_RESPONSE_401_TYPE_VALUES!r}"
    )
