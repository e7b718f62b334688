from typing import Literal

UnsubscribeByLinkResponse431Type = Literal["/problems/request-header-fields-too-large"]

UNSUBSCRIBE_BY_LINK_RESPONSE_431_TYPE_VALUES: set[UnsubscribeByLinkResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_unsubscribe_by_link_response_431_type(value: str) -> UnsubscribeByLinkResponse431Type:
    if value in UNSUBSCRIBE_BY_LINK_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUBSCRIBE_BY_LINK_RESPONSE_431_TYPE_VALUES!r}"
    )
