from typing import Literal

RestorePostResponse500Type = Literal["/problems/internal-error"]

RESTORE_POST_RESPONSE_500_TYPE_VALUES: set[RestorePostResponse500Type] = {
    "/problems/internal-error",
}


def check_restore_post_response_500_type(value: str) -> RestorePostResponse500Type:
    if value in RESTORE_POST_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESTORE_POST_RESPONSE_500_TYPE_VALUES!r}"
    )
