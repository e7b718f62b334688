from typing import Literal

CreateThreadResponse413Type = Literal["/problems/payload-too-large"]

CREATE_THREAD_RESPONSE_413_TYPE_VALUES: set[CreateThreadResponse413Type] = {
    "/problems/payload-too-large",
}


def check_create_thread_response_413_type(value: str) -> CreateThreadResponse413Type:
    if value in CREATE_THREAD_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_THREAD_RESPONSE_413_TYPE_VALUES!r}"
    )
