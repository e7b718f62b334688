from typing import Literal

FlagPostResponse404Type = Literal["/problems/not-found"]

FLAG_POST_RESPONSE_404_TYPE_VALUES: set[FlagPostResponse404Type] = {
    "/problems/not-found",
}


def check_flag_post_response_404_type(value: str) -> FlagPostResponse404Type:
    if value in FLAG_POST_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_POST_RESPONSE_404_TYPE_VALUES!r}"
    )
