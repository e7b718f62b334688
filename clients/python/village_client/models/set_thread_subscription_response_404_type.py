from typing import Literal

SetThreadSubscriptionResponse404Type = Literal["/problems/not-found"]

SET_THREAD_SUBSCRIPTION_RESPONSE_404_TYPE_VALUES: set[SetThreadSubscriptionResponse404Type] = {
    "/problems/not-found",
}


def check_set_thread_subscription_response_404_type(
    value: str,
) -> SetThreadSubscriptionResponse404Type:
    if value in SET_THREAD_SUBSCRIPTION_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_THREAD_SUBSCRIPTION_RESPONSE_404_TYPE_VALUES!r}"
    )
