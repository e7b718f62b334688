from typing import Literal

SetThreadSubscriptionResponse401Type = Literal[
    "/problems/invalid-token", "/problems/not-authenticated"
]

SET_THREAD_SUBSCRIPTION_RESPONSE_401_TYPE_VALUES: set[SetThreadSubscriptionResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_set_thread_subscription_response_401_type(
    value: str,
) -> SetThreadSubscriptionResponse401Type:
    if value in SET_THREAD_SUBSCRIPTION_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_THREAD_SUBSCRIPTION_RESPONSE_401_TYPE_VALUES!r}"
    )
