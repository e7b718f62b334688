from typing import Literal

RestorePostResponse404Type = Literal["/problems/not-found"]

RESTORE_POST_RESPONSE_404_TYPE_VALUES: set[RestorePostResponse404Type] = {
    "/problems/not-found",
}


def check_restore_post_response_404_type(value: str) -> RestorePostResponse404Type:
    if value in RESTORE_POST_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESTORE_POST_RESPONSE_404_TYPE_VALUES!r}"
    )
