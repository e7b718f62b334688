from typing import Literal

CreateThreadResponse503Type = Literal["/problems/service-unavailable"]

CREATE_THREAD_RESPONSE_503_TYPE_VALUES: set[CreateThreadResponse503Type] = {
    "/problems/service-unavailable",
}


def check_create_thread_response_503_type(value: str) -> CreateThreadResponse503Type:
    if value in CREATE_THREAD_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_THREAD_RESPONSE_503_TYPE_VALUES!r}"
    )
