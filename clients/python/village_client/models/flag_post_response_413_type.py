from typing import Literal

FlagPostResponse413Type = Literal["/problems/payload-too-large"]

FLAG_POST_RESPONSE_413_TYPE_VALUES: set[FlagPostResponse413Type] = {
    "/problems/payload-too-large",
}


def check_flag_post_response_413_type(value: str) -> FlagPostResponse413Type:
    if value in FLAG_POST_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_POST_RESPONSE_413_TYPE_VALUES!r}"
    )
