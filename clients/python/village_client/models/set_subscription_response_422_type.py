from typing import Literal

SetSubscriptionResponse422Type = Literal["/problems/validation-error"]

SET_SUBSCRIPTION_RESPONSE_422_TYPE_VALUES: set[SetSubscriptionResponse422Type] = {
    "/problems/validation-error",
}


def check_set_subscription_response_422_type(value: str) -> SetSubscriptionResponse422Type:
    if value in SET_SUBSCRIPTION_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_SUBSCRIPTION_RESPONSE_422_TYPE_VALUES!r}"
    )
