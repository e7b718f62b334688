from typing import Literal

CreateThreadResponse404Type = Literal["/problems/not-found"]

CREATE_THREAD_RESPONSE_404_TYPE_VALUES: set[CreateThreadResponse404Type] = {
    "/problems/not-found",
}


def check_create_thread_response_404_type(value: str) -> CreateThreadResponse404Type:
    if value in CREATE_THREAD_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_THREAD_RESPONSE_404_TYPE_VALUES!r}"
    )
