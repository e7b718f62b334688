from typing import Literal

RestorePostResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

RESTORE_POST_RESPONSE_401_TYPE_VALUES: set[RestorePostResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_restore_post_response_401_type(value: str) -> RestorePostResponse401Type:
    if value in RESTORE_POST_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESTORE_POST_RESPONSE_401_TYPE_VALUES!r}"
    )
