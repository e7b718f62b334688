from typing import Literal

RestorePostResponse503Type = Literal["/problems/service-unavailable"]

RESTORE_POST_RESPONSE_503_TYPE_VALUES: set[RestorePostResponse503Type] = {
    "/problems/service-unavailable",
}


def check_restore_post_response_503_type(value: str) -> RestorePostResponse503Type:
    if value in RESTORE_POST_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESTORE_POST_RESPONSE_503_TYPE_VALUES!r}"
    )
