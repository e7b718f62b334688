from typing import Literal

EditPostResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

EDIT_POST_RESPONSE_401_TYPE_VALUES: set[EditPostResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_edit_post_response_401_type(value: str) -> EditPostResponse401Type:
    if value in EDIT_POST_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_POST_RESPONSE_401_TYPE_VALUES!r}"
    )
