from typing import Literal

SetThreadSubscriptionResponse400Type = Literal["/problems/malformed-json"]

SET_THREAD_SUBSCRIPTION_RESPONSE_400_TYPE_VALUES: set[SetThreadSubscriptionResponse400Type] = {
    "/problems/malformed-json",
}


def check_set_thread_subscription_response_400_type(
    value: str,
) -> SetThreadSubscriptionResponse400Type:
    if value in SET_THREAD_SUBSCRIPTION_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_THREAD_SUBSCRIPTION_RESPONSE_400_TYPE_VALUES!r}"
    )
