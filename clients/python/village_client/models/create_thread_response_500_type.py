from typing import Literal

CreateThreadResponse500Type = Literal["/problems/internal-error"]

CREATE_THREAD_RESPONSE_500_TYPE_VALUES: set[CreateThreadResponse500Type] = {
    "/problems/internal-error",
}


def check_create_thread_response_500_type(value: str) -> CreateThreadResponse500Type:
    if value in CREATE_THREAD_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_THREAD_RESPONSE_500_TYPE_VALUES!r}"
    )
