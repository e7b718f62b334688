from typing import Literal

FlagPostResponse409Type = Literal[
    "/problems/already-flagged", "/problems/idempotency-in-flight", "/problems/post-deleted"
]

FLAG_POST_RESPONSE_409_TYPE_VALUES: set[FlagPostResponse409Type] = {
    "/problems/already-flagged",
    "/problems/idempotency-in-flight",
    "/problems/post-deleted",
}


def check_flag_post_response_409_type(value: str) -> FlagPostResponse409Type:
    if value in FLAG_POST_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_POST_RESPONSE_409_TYPE_VALUES!r}"
    )
