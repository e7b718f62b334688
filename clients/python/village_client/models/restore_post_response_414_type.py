from typing import Literal

RestorePostResponse414Type = Literal["/problems/uri-too-long"]

RESTORE_POST_RESPONSE_414_TYPE_VALUES: set[RestorePostResponse414Type] = {
    "/problems/uri-too-long",
}


def check_restore_post_response_414_type(value: str) -> RestorePostResponse414Type:
    if value in RESTORE_POST_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESTORE_POST_RESPONSE_414_TYPE_VALUES!r}"
    )
