from typing import Literal

SetSubscriptionResponse503Type = Literal["/problems/service-unavailable"]

SET_SUBSCRIPTION_RESPONSE_503_TYPE_VALUES: set[SetSubscriptionResponse503Type] = {
    "/problems/service-unavailable",
}


def check_set_subscription_response_503_type(value: str) -> SetSubscriptionResponse503Type:
    if value in SET_SUBSCRIPTION_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_SUBSCRIPTION_RESPONSE_503_TYPE_VALUES!r}"
    )
