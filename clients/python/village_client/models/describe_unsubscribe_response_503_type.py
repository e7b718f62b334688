from typing import Literal

DescribeUnsubscribeResponse503Type = Literal["/problems/service-unavailable"]

DESCRIBE_UNSUBSCRIBE_RESPONSE_503_TYPE_VALUES: set[DescribeUnsubscribeResponse503Type] = {
    "/problems/service-unavailable",
}


def check_describe_unsubscribe_response_503_type(value: str) -> DescribeUnsubscribeResponse503Type:
    if value in DESCRIBE_UNSUBSCRIBE_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_UNSUBSCRIBE_RESPONSE_503_TYPE_VALUES!r}"
    )
