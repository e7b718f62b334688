from typing import Literal

RestorePostResponse409Type = Literal["/problems/post-erased"]

RESTORE_POST_RESPONSE_409_TYPE_VALUES: set[RestorePostResponse409Type] = {
    "/problems/post-erased",
}


def check_restore_post_response_409_type(value: str) -> RestorePostResponse409Type:
    if value in RESTORE_POST_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESTORE_POST_RESPONSE_409_TYPE_VALUES!r}"
    )
