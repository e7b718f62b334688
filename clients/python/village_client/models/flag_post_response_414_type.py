from typing import Literal

FlagPostResponse414Type = Literal["/problems/uri-too-long"]

FLAG_POST_RESPONSE_414_TYPE_VALUES: set[FlagPostResponse414Type] = {
    "/problems/uri-too-long",
}


def check_flag_post_response_414_type(value: str) -> FlagPostResponse414Type:
    if value in FLAG_POST_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_POST_RESPONSE_414_TYPE_VALUES!r}"
    )
