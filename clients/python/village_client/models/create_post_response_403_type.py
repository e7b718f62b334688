from typing import Literal

CreatePostResponse403Type = Literal[
    "/problems/email-unverified",
    "/problems/insufficient-scope",
    "/problems/new-member-limit",
    "/problems/suspended",
    "/problems/thread-locked",
]

CREATE_POST_RESPONSE_403_TYPE_VALUES: set[CreatePostResponse403Type] = {
    "/problems/email-unverified",
    "/problems/insufficient-scope",
    "/problems/new-member-limit",
    "/problems/suspended",
    "/problems/thread-locked",
}


def check_create_post_response_403_type(value: str) -> CreatePostResponse403Type:
    if value in CREATE_POST_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_POST_RESPONSE_403_TYPE_VALUES!r}"
    )
