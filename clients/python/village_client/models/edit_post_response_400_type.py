from typing import Literal

EditPostResponse400Type = Literal["/problems/malformed-json"]

EDIT_POST_RESPONSE_400_TYPE_VALUES: set[EditPostResponse400Type] = {
    "/problems/malformed-json",
}


def check_edit_post_response_400_type(value: str) -> EditPostResponse400Type:
    if value in EDIT_POST_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_POST_RESPONSE_400_TYPE_VALUES!r}"
    )
