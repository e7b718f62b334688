from typing import Literal

DeletePostResponse403Type = Literal[
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
]

DELETE_POST_RESPONSE_403_TYPE_VALUES: set[DeletePostResponse403Type] = {
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_delete_post_response_403_type(value: str) -> DeletePostResponse403Type:
    if value in DELETE_POST_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_POST_RESPONSE_403_TYPE_VALUES!r}"
    )
