from typing import Literal

FlagPostResponse503Type = Literal["/problems/service-unavailable"]

FLAG_POST_RESPONSE_503_TYPE_VALUES: set[FlagPostResponse503Type] = {
    "/problems/service-unavailable",
}


def check_flag_post_response_503_type(value: str) -> FlagPostResponse503Type:
    if value in FLAG_POST_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_POST_RESPONSE_503_TYPE_VALUES!r}"
    )
