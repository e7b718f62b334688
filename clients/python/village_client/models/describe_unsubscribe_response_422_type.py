from typing import Literal

DescribeUnsubscribeResponse422Type = Literal["/problems/validation-error"]

DESCRIBE_UNSUBSCRIBE_RESPONSE_422_TYPE_VALUES: set[DescribeUnsubscribeResponse422Type] = {
    "/problems/validation-error",
}


def check_describe_unsubscribe_response_422_type(value: str) -> DescribeUnsubscribeResponse422Type:
    if value in DESCRIBE_UNSUBSCRIBE_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_UNSUBSCRIBE_RESPONSE_422_TYPE_VALUES!r}"
    )
