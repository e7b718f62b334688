from typing import Literal

FlagPostResponse500Type = Literal["/problems/internal-error"]

FLAG_POST_RESPONSE_500_TYPE_VALUES: set[FlagPostResponse500Type] = {
    "/problems/internal-error",
}


def check_flag_post_response_500_type(value: str) -> FlagPostResponse500Type:
    if value in FLAG_POST_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_POST_RESPONSE_500_TYPE_VALUES!r}"
    )
