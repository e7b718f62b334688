from typing import Literal

CreateThreadResponse409Type = Literal["/problems/duplicate-post", "/problems/idempotency-in-flight"]

CREATE_THREAD_RESPONSE_409_TYPE_VALUES: set[CreateThreadResponse409Type] = {
    "/problems/duplicate-post",
    "/problems/idempotency-in-flight",
}


def check_create_thread_response_409_type(value: str) -> CreateThreadResponse409Type:
    if value in CREATE_THREAD_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_THREAD_RESPONSE_409_TYPE_VALUES!r}"
    )
