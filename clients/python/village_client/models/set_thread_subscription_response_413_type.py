from typing import Literal

SetThreadSubscriptionResponse413Type = Literal["/problems/payload-too-large"]

SET_THREAD_SUBSCRIPTION_RESPONSE_413_TYPE_VALUES: set[SetThreadSubscriptionResponse413Type] = {
    "/problems/payload-too-large",
}


def check_set_thread_subscription_response_413_type(
    value: str,
) -> SetThreadSubscriptionResponse413Type:
    if value in SET_THREAD_SUBSCRIPTION_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_THREAD_SUBSCRIPTION_RESPONSE_413_TYPE_VALUES!r}"
    )
