from typing import Literal

FlagPostResponse403Type = Literal[
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
]

FLAG_POST_RESPONSE_403_TYPE_VALUES: set[FlagPostResponse403Type] = {
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_flag_post_response_403_type(value: str) -> FlagPostResponse403Type:
    if value in FLAG_POST_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_POST_RESPONSE_403_TYPE_VALUES!r}"
    )
