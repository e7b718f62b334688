from typing import Literal

EditPostResponse404Type = Literal["/problems/not-found"]

EDIT_POST_RESPONSE_404_TYPE_VALUES: set[EditPostResponse404Type] = {
    "/problems/not-found",
}


def check_edit_post_response_404_type(value: str) -> EditPostResponse404Type:
    if value in EDIT_POST_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_POST_RESPONSE_404_TYPE_VALUES!r}"
    )
