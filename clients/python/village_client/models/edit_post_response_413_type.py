from typing import Literal

EditPostResponse413Type = Literal["/problems/payload-too-large"]

EDIT_POST_RESPONSE_413_TYPE_VALUES: set[EditPostResponse413Type] = {
    "/problems/payload-too-large",
}


def check_edit_post_response_413_type(value: str) -> EditPostResponse413Type:
    if value in EDIT_POST_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_POST_RESPONSE_413_TYPE_VALUES!r}"
    )
