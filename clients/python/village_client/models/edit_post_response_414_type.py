from typing import Literal

EditPostResponse414Type = Literal["/problems/uri-too-long"]

EDIT_POST_RESPONSE_414_TYPE_VALUES: set[EditPostResponse414Type] = {
    "/problems/uri-too-long",
}


def check_edit_post_response_414_type(value: str) -> EditPostResponse414Type:
    if value in EDIT_POST_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_POST_RESPONSE_414_TYPE_VALUES!r}"
    )
