from typing import Literal

EditPostResponse429Type = Literal["/problems/rate-limited"]

EDIT_POST_RESPONSE_429_TYPE_VALUES: set[EditPostResponse429Type] = {
    "/problems/rate-limited",
}


def check_edit_post_response_429_type(value: str) -> EditPostResponse429Type:
    if value in EDIT_POST_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_POST_RESPONSE_429_TYPE_VALUES!r}"
    )
