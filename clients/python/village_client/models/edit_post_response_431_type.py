from typing import Literal

EditPostResponse431Type = Literal["/problems/request-header-fields-too-large"]

EDIT_POST_RESPONSE_431_TYPE_VALUES: set[EditPostResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_edit_post_response_431_type(value: str) -> EditPostResponse431Type:
    if value in EDIT_POST_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_POST_RESPONSE_431_TYPE_VALUES!r}"
    )
