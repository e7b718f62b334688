from typing import Literal

SetThreadSubscriptionResponse431Type = Literal["/problems/request-header-fields-too-large"]

SET_THREAD_SUBSCRIPTION_RESPONSE_431_TYPE_VALUES: set[SetThreadSubscriptionResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_set_thread_subscription_response_431_type(
    value: str,
) -> SetThreadSubscriptionResponse431Type:
    if value in SET_THREAD_SUBSCRIPTION_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_THREAD_SUBSCRIPTION_RESPONSE_431_TYPE_VALUES!r}"
    )
