from typing import Literal

EditPostResponse422Type = Literal[
    "/problems/too-many-links", "/problems/too-many-mentions", "/problems/validation-error"
]

EDIT_POST_RESPONSE_422_TYPE_VALUES: set[EditPostResponse422Type] = {
    "/problems/too-many-links",
    "/problems/too-many-mentions",
    "/problems/validation-error",
}


def check_edit_post_response_422_type(value: str) -> EditPostResponse422Type:
    if value in EDIT_POST_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_POST_RESPONSE_422_TYPE_VALUES!r}"
    )
