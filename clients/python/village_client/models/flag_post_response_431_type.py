from typing import Literal

FlagPostResponse431Type = Literal["/problems/request-header-fields-too-large"]

FLAG_POST_RESPONSE_431_TYPE_VALUES: set[FlagPostResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_flag_post_response_431_type(value: str) -> FlagPostResponse431Type:
    if value in FLAG_POST_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_POST_RESPONSE_431_TYPE_VALUES!r}"
    )
