from typing import Literal

DescribeUnsubscribeResponse500Type = Literal["/problems/internal-error"]

DESCRIBE_UNSUBSCRIBE_RESPONSE_500_TYPE_VALUES: set[DescribeUnsubscribeResponse500Type] = {
    "/problems/internal-error",
}


def check_describe_unsubscribe_response_500_type(value: str) -> DescribeUnsubscribeResponse500Type:
    if value in DESCRIBE_UNSUBSCRIBE_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_UNSUBSCRIBE_RESPONSE_500_TYPE_VALUES!r}"
    )
