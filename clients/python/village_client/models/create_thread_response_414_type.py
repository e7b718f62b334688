from typing import Literal

CreateThreadResponse414Type = Literal["/problems/uri-too-long"]

CREATE_THREAD_RESPONSE_414_TYPE_VALUES: set[CreateThreadResponse414Type] = {
    "/problems/uri-too-long",
}


def check_create_thread_response_414_type(value: str) -> CreateThreadResponse414Type:
    if value in CREATE_THREAD_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_THREAD_RESPONSE_414_TYPE_VALUES!r}"
    )
