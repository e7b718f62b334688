from typing import Literal

CreatePostResponse422Type = Literal[
    "/problems/idempotency-key-reused",
    "/problems/too-many-links",
    "/problems/too-many-mentions",
    "/problems/validation-error",
]

CREATE_POST_RESPONSE_422_TYPE_VALUES: set[CreatePostResponse422Type] = {
    "/problems/idempotency-key-reused",
    "/problems/too-many-links",
    "/problems/too-many-mentions",
    "/problems/validation-error",
}


def check_create_post_response_422_type(value: str) -> CreatePostResponse422Type:
    if value in CREATE_POST_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_POST_RESPONSE_422_TYPE_VALUES!r}"
    )
