from typing import Literal

UnhidePostResponse404Type = Literal["/problems/not-found"]

UNHIDE_POST_RESPONSE_404_TYPE_VALUES: set[UnhidePostResponse404Type] = {
    "/problems/not-found",
}


def check_unhide_post_response_404_type(value: str) -> UnhidePostResponse404Type:
    if value in UNHIDE_POST_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNHIDE_POST_RESPONSE_404_TYPE_VALUES!r}"
    )
