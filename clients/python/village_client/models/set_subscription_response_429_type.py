from typing import Literal

SetSubscriptionResponse429Type = Literal["/problems/rate-limited"]

SET_SUBSCRIPTION_RESPONSE_429_TYPE_VALUES: set[SetSubscriptionResponse429Type] = {
    "/problems/rate-limited",
}


def check_set_subscription_response_429_type(value: str) -> SetSubscriptionResponse429Type:
    if value in SET_SUBSCRIPTION_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_SUBSCRIPTION_RESPONSE_429_TYPE_VALUES!r}"
    )
