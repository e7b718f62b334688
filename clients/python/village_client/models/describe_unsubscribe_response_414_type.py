from typing import Literal

DescribeUnsubscribeResponse414Type = Literal["/problems/uri-too-long"]

DESCRIBE_UNSUBSCRIBE_RESPONSE_414_TYPE_VALUES: set[DescribeUnsubscribeResponse414Type] = {
    "/problems/uri-too-long",
}


def check_describe_unsubscribe_response_414_type(value: str) -> DescribeUnsubscribeResponse414Type:
    if value in DESCRIBE_UNSUBSCRIBE_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DESCRIBE_UNSUBSCRIBE_RESPONSE_414_TYPE_VALUES!r}"
    )
