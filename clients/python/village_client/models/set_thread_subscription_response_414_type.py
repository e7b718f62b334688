from typing import Literal

SetThreadSubscriptionResponse414Type = Literal["/problems/uri-too-long"]

SET_THREAD_SUBSCRIPTION_RESPONSE_414_TYPE_VALUES: set[SetThreadSubscriptionResponse414Type] = {
    "/problems/uri-too-long",
}


def check_set_thread_subscription_response_414_type(
    value: str,
) -> SetThreadSubscriptionResponse414Type:
    if value in SET_THREAD_SUBSCRIPTION_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_THREAD_SUBSCRIPTION_RESPONSE_414_TYPE_VALUES!r}"
    )
