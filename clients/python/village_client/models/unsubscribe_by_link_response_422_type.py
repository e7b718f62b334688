from typing import Literal

UnsubscribeByLinkResponse422Type = Literal["/problems/validation-error"]

UNSUBSCRIBE_BY_LINK_RESPONSE_422_TYPE_VALUES: set[UnsubscribeByLinkResponse422Type] = {
    "/problems/validation-error",
}


def check_unsubscribe_by_link_response_422_type(value: str) -> UnsubscribeByLinkResponse422Type:
    if value in UNSUBSCRIBE_BY_LINK_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUBSCRIBE_BY_LINK_RESPONSE_422_TYPE_VALUES!r}"
    )
