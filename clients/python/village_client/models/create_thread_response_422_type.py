from typing import Literal

CreateThreadResponse422Type = Literal[
    "/problems/idempotency-key-reused",
    "/problems/too-many-links",
    "/problems/too-many-mentions",
    "/problems/validation-error",
]

CREATE_THREAD_RESPONSE_422_TYPE_VALUES: set[CreateThreadResponse422Type] = {
    "/problems/idempotency-key-reused",
    "/problems/too-many-links",
    "/problems/too-many-mentions",
    "/problems/validation-error",
}


def check_create_thread_response_422_type(value: str) -> CreateThreadResponse422Type:
    if value in CREATE_THREAD_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_THREAD_RESPONSE_422_TYPE_VALUES!r}"
    )
