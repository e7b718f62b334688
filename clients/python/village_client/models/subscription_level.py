from typing import Literal

SubscriptionLevel = Literal["muted", "normal", "watching"]

SUBSCRIPTION_LEVEL_VALUES: set[SubscriptionLevel] = {
    "muted",
    "normal",
    "watching",
}


def check_subscription_level(value: str) -> SubscriptionLevel:
    if value in SUBSCRIPTION_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_LEVEL_VALUES!r}")
