from typing import Literal

EditPostResponse500Type = Literal["/problems/internal-error"]

EDIT_POST_RESPONSE_500_TYPE_VALUES: set[EditPostResponse500Type] = {
    "/problems/internal-error",
}


def check_edit_post_response_500_type(value: str) -> EditPostResponse500Type:
    if value in EDIT_POST_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_POST_RESPONSE_500_TYPE_VALUES!r}"
    )
