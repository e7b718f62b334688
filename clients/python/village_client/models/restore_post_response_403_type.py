from typing import Literal

RestorePostResponse403Type = Literal[
    "/problems/forbidden", "/problems/insufficient-scope", "/problems/suspended"
]

RESTORE_POST_RESPONSE_403_TYPE_VALUES: set[RestorePostResponse403Type] = {
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_restore_post_response_403_type(value: str) -> RestorePostResponse403Type:
    if value in RESTORE_POST_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESTORE_POST_RESPONSE_403_TYPE_VALUES!r}"
    )
