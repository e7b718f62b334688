from typing import Literal

SetThreadSubscriptionResponse422Type = Literal["/problems/validation-error"]

SET_THREAD_SUBSCRIPTION_RESPONSE_422_TYPE_VALUES: set[SetThreadSubscriptionResponse422Type] = {
    "/problems/validation-error",
}


def check_set_thread_subscription_response_422_type(
    value: str,
) -> SetThreadSubscriptionResponse422Type:
    if value in SET_THREAD_SUBSCRIPTION_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_THREAD_SUBSCRIPTION_RESPONSE_422_TYPE_VALUES!r}"
    )
