from typing import Literal

UnsubscribeByLinkResponse414Type = Literal["/problems/uri-too-long"]

UNSUBSCRIBE_BY_LINK_RESPONSE_414_TYPE_VALUES: set[UnsubscribeByLinkResponse414Type] = {
    "/problems/uri-too-long",
}


def check_unsubscribe_by_link_response_414_type(value: str) -> UnsubscribeByLinkResponse414Type:
    if value in UNSUBSCRIBE_BY_LINK_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUBSCRIBE_BY_LINK_RESPONSE_414_TYPE_VALUES!r}"
    )
