from typing import Literal

UnhidePostResponse414Type = Literal["/problems/uri-too-long"]

UNHIDE_POST_RESPONSE_414_TYPE_VALUES: set[UnhidePostResponse414Type] = {
    "/problems/uri-too-long",
}


def check_unhide_post_response_414_type(value: str) -> UnhidePostResponse414Type:
    if value in UNHIDE_POST_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNHIDE_POST_RESPONSE_414_TYPE_VALUES!r}"
    )
