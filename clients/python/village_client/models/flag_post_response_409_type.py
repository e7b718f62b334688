from typing import Literal

FlagPostResponse409Type = Literal["/problems/idempotency-in-flight"]

FLAG_POST_RESPONSE_409_TYPE_VALUES: set[FlagPostResponse409Type] = {
    "/problems/idempotency-in-flight",
}


def check_flag_post_response_409_type(value: str) -> FlagPostResponse409Type:
    if value in FLAG_POST_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_POST_RESPONSE_409_TYPE_VALUES!r}"
    )
