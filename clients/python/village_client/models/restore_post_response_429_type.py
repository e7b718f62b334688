from typing import Literal

RestorePostResponse429Type = Literal["/problems/rate-limited"]

RESTORE_POST_RESPONSE_429_TYPE_VALUES: set[RestorePostResponse429Type] = {
    "/problems/rate-limited",
}


def check_restore_post_response_429_type(value: str) -> RestorePostResponse429Type:
    if value in RESTORE_POST_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESTORE_POST_RESPONSE_429_TYPE_VALUES!r}"
    )
