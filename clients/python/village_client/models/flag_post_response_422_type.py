from typing import Literal

FlagPostResponse422Type = Literal["/problems/idempotency-key-reused", "/problems/validation-error"]

FLAG_POST_RESPONSE_422_TYPE_VALUES: set[FlagPostResponse422Type] = {
    "/problems/idempotency-key-reused",
    "/problems/validation-error",
}


def check_flag_post_response_422_type(value: str) -> FlagPostResponse422Type:
    if value in FLAG_POST_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_POST_RESPONSE_422_TYPE_VALUES!r}"
    )
