from typing import Literal

UnsubscribeByLinkResponse500Type = Literal["/problems/internal-error"]

UNSUBSCRIBE_BY_LINK_RESPONSE_500_TYPE_VALUES: set[UnsubscribeByLinkResponse500Type] = {
    "/problems/internal-error",
}


def check_unsubscribe_by_link_response_500_type(value: str) -> UnsubscribeByLinkResponse500Type:
    if value in UNSUBSCRIBE_BY_LINK_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUBSCRIBE_BY_LINK_RESPONSE_500_TYPE_VALUES!r}"
    )
