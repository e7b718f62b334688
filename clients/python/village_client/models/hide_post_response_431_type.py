from typing import Literal

HidePostResponse431Type = Literal["/problems/request-header-fields-too-large"]

HIDE_POST_RESPONSE_431_TYPE_VALUES: set[HidePostResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_hide_post_response_431_type(value: str) -> HidePostResponse431Type:
    if value in HIDE_POST_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIDE_POST_RESPONSE_431_TYPE_VALUES!r}"
    )
