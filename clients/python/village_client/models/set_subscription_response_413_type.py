from typing import Literal

SetSubscriptionResponse413Type = Literal["/problems/payload-too-large"]

SET_SUBSCRIPTION_RESPONSE_413_TYPE_VALUES: set[SetSubscriptionResponse413Type] = {
    "/problems/payload-too-large",
}


def check_set_subscription_response_413_type(value: str) -> SetSubscriptionResponse413Type:
    if value in SET_SUBSCRIPTION_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_SUBSCRIPTION_RESPONSE_413_TYPE_VALUES!r}"
    )
