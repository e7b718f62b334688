from typing import Literal

UnsubscribeByLinkResponse503Type = Literal["/problems/service-unavailable"]

UNSUBSCRIBE_BY_LINK_RESPONSE_503_TYPE_VALUES: set[UnsubscribeByLinkResponse503Type] = {
    "/problems/service-unavailable",
}


def check_unsubscribe_by_link_response_503_type(value: str) -> UnsubscribeByLinkResponse503Type:
    if value in UNSUBSCRIBE_BY_LINK_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUBSCRIBE_BY_LINK_RESPONSE_503_TYPE_VALUES!r}"
    )
