from typing import Literal

FlagPostResponse400Type = Literal["/problems/malformed-json"]

FLAG_POST_RESPONSE_400_TYPE_VALUES: set[FlagPostResponse400Type] = {
    "/problems/malformed-json",
}


def check_flag_post_response_400_type(value: str) -> FlagPostResponse400Type:
    if value in FLAG_POST_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_POST_RESPONSE_400_TYPE_VALUES!r}"
    )
