from typing import Literal

SetSubscriptionResponse400Type = Literal["/problems/malformed-json"]

SET_SUBSCRIPTION_RESPONSE_400_TYPE_VALUES: set[SetSubscriptionResponse400Type] = {
    "/problems/malformed-json",
}


def check_set_subscription_response_400_type(value: str) -> SetSubscriptionResponse400Type:
    if value in SET_SUBSCRIPTION_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_SUBSCRIPTION_RESPONSE_400_TYPE_VALUES!r}"
    )
