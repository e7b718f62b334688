from typing import Literal

UnsubscribeByLinkResponse429Type = Literal["/problems/rate-limited"]

UNSUBSCRIBE_BY_LINK_RESPONSE_429_TYPE_VALUES: set[UnsubscribeByLinkResponse429Type] = {
    "/problems/rate-limited",
}


def check_unsubscribe_by_link_response_429_type(value: str) -> UnsubscribeByLinkResponse429Type:
    if value in UNSUBSCRIBE_BY_LINK_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUBSCRIBE_BY_LINK_RESPONSE_429_TYPE_VALUES!r}"
    )
