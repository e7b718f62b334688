from typing import Literal

EditPostResponse403Type = Literal[
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
    "/problems/thread-locked",
]

EDIT_POST_RESPONSE_403_TYPE_VALUES: set[EditPostResponse403Type] = {
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
    "/problems/thread-locked",
}


def check_edit_post_response_403_type(value: str) -> EditPostResponse403Type:
    if value in EDIT_POST_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_POST_RESPONSE_403_TYPE_VALUES!r}"
    )
