from typing import Literal

EditPostResponse503Type = Literal["/problems/service-unavailable"]

EDIT_POST_RESPONSE_503_TYPE_VALUES: set[EditPostResponse503Type] = {
    "/problems/service-unavailable",
}


def check_edit_post_response_503_type(value: str) -> EditPostResponse503Type:
    if value in EDIT_POST_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_POST_RESPONSE_503_TYPE_VALUES!r}"
    )
