from typing import Literal

DescribeUnsubscribeResponse429Type = Literal["/problems/rate-limited"]

DESCRIBE_UNSUBSCRIBE_RESPONSE_429_TYPE_VALUES: set[DescribeUnsubscribeResponse429Type] = {
    "/problems/rate-limited",
}


def check_describe_unsubscribe_response_429_type(value: str) -> DescribeUnsubscribeResponse429Type:
    if value in DESCRIBE_UNSUBSCRIBE_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_UNSUBSCRIBE_RESPONSE_429_TYPE_VALUES!r}"
    )
