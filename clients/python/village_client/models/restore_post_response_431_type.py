from typing import Literal

RestorePostResponse431Type = Literal["/problems/request-header-fields-too-large"]

RESTORE_POST_RESPONSE_431_TYPE_VALUES: set[RestorePostResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_restore_post_response_431_type(value: str) -> RestorePostResponse431Type:
    if value in RESTORE_POST_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESTORE_POST_RESPONSE_431_TYPE_VALUES!r}"
    )
