from typing import Literal

SetThreadSubscriptionResponse403Type = Literal["/problems/insufficient-scope"]

SET_THREAD_SUBSCRIPTION_RESPONSE_403_TYPE_VALUES: set[SetThreadSubscriptionResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_set_thread_subscription_response_403_type(
    value: str,
) -> SetThreadSubscriptionResponse403Type:
    if value in SET_THREAD_SUBSCRIPTION_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_THREAD_SUBSCRIPTION_RESPONSE_403_TYPE_VALUES!r}"
    )
