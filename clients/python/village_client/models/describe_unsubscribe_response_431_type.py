from typing import Literal

DescribeUnsubscribeResponse431Type = Literal["/problems/request-header-fields-too-large"]

DESCRIBE_UNSUBSCRIBE_RESPONSE_431_TYPE_VALUES: set[DescribeUnsubscribeResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_describe_unsubscribe_response_431_type(value: str) -> DescribeUnsubscribeResponse431Type:
    if value in DESCRIBE_UNSUBSCRIBE_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_UNSUBSCRIBE_RESPONSE_431_TYPE_VALUES!r}"
    )
