from typing import Literal

HidePostResponse403Type = Literal[
    "/problems/forbidden", "/problems/insufficient-scope", "/problems/suspended"
]

HIDE_POST_RESPONSE_403_TYPE_VALUES: set[HidePostResponse403Type] = {
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_hide_post_response_403_type(value: str) -> HidePostResponse403Type:
    if value in HIDE_POST_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIDE_POST_RESPONSE_403_TYPE_VALUES!r}"
    )
