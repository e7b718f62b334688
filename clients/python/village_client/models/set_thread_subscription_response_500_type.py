from typing import Literal

SetThreadSubscriptionResponse500Type = Literal["/problems/internal-error"]

SET_THREAD_SUBSCRIPTION_RESPONSE_500_TYPE_VALUES: set[SetThreadSubscriptionResponse500Type] = {
    "/problems/internal-error",
}


def check_set_thread_subscription_response_500_type(
    value: str,
) -> SetThreadSubscriptionResponse500Type:
    if value in SET_THREAD_SUBSCRIPTION_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_THREAD_SUBSCRIPTION_RESPONSE_500_TYPE_VALUES!r}"
    )
