from typing import Literal

FlagPostResponse429Type = Literal["/problems/rate-limited"]

FLAG_POST_RESPONSE_429_TYPE_VALUES: set[FlagPostResponse429Type] = {
    "/problems/rate-limited",
}


def check_flag_post_response_429_type(value: str) -> FlagPostResponse429Type:
    if value in FLAG_POST_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_POST_RESPONSE_429_TYPE_VALUES!r}"
    )
