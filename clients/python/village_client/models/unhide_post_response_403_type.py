from typing import Literal

UnhidePostResponse403Type = Literal[
    "/problems/forbidden", "/problems/insufficient-scope", "/problems/suspended"
]

UNHIDE_POST_RESPONSE_403_TYPE_VALUES: set[UnhidePostResponse403Type] = {
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_unhide_post_response_403_type(value: str) -> UnhidePostResponse403Type:
    if value in UNHIDE_POST_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNHIDE_POST_RESPONSE_403_TYPE_VALUES!r}"
    )
