from typing import Literal

CreateThreadResponse400Type = Literal["/problems/malformed-json"]

CREATE_THREAD_RESPONSE_400_TYPE_VALUES: set[CreateThreadResponse400Type] = {
    "/problems/malformed-json",
}


def check_create_thread_response_400_type(value: str) -> CreateThreadResponse400Type:
    if value in CREATE_THREAD_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_THREAD_RESPONSE_400_TYPE_VALUES!r}"
    )
