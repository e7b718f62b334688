from typing import Literal

SetThreadSubscriptionResponse429Type = Literal["/problems/rate-limited"]

SET_THREAD_SUBSCRIPTION_RESPONSE_429_TYPE_VALUES: set[SetThreadSubscriptionResponse429Type] = {
    "/problems/rate-limited",
}


def check_set_thread_subscription_response_429_type(
    value: str,
) -> SetThreadSubscriptionResponse429Type:
    if value in SET_THREAD_SUBSCRIPTION_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_THREAD_SUBSCRIPTION_RESPONSE_429_TYPE_VALUES!r}"
    )
