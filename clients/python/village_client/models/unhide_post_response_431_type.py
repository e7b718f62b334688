from typing import Literal

UnhidePostResponse431Type = Literal["/problems/request-header-fields-too-large"]

UNHIDE_POST_RESPONSE_431_TYPE_VALUES: set[UnhidePostResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_unhide_post_response_431_type(value: str) -> UnhidePostResponse431Type:
    if value in UNHIDE_POST_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNHIDE_POST_RESPONSE_431_TYPE_VALUES!r}"
    )
