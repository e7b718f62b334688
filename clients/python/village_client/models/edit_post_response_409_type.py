from typing import Literal

EditPostResponse409Type = Literal["/problems/post-deleted"]

EDIT_POST_RESPONSE_409_TYPE_VALUES: set[EditPostResponse409Type] = {
    "/problems/post-deleted",
}


def check_edit_post_response_409_type(value: str) -> EditPostResponse409Type:
    if value in EDIT_POST_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_POST_RESPONSE_409_TYPE_VALUES!r}"
    )
