from typing import Literal

SetThreadSubscriptionResponse503Type = Literal["/problems/service-unavailable"]

SET_THREAD_SUBSCRIPTION_RESPONSE_503_TYPE_VALUES: set[SetThreadSubscriptionResponse503Type] = {
    "/problems/service-unavailable",
}


def check_set_thread_subscription_response_503_type(
    value: str,
) -> SetThreadSubscriptionResponse503Type:
    if value in SET_THREAD_SUBSCRIPTION_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_THREAD_SUBSCRIPTION_RESPONSE_503_TYPE_VALUES!r}"
    )
