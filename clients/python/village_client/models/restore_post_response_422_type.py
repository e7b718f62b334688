from typing import Literal

RestorePostResponse422Type = Literal["/problems/validation-error"]

RESTORE_POST_RESPONSE_422_TYPE_VALUES: set[RestorePostResponse422Type] = {
    "/problems/validation-error",
}


def check_restore_post_response_422_type(value: str) -> RestorePostResponse422Type:
    if value in RESTORE_POST_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESTORE_POST_RESPONSE_422_TYPE_VALUES!r}"
    )
