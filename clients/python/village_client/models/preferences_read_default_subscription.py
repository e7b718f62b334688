from typing import Literal

PreferencesReadDefaultSubscription = Literal["normal", "watching"]

PREFERENCES_READ_DEFAULT_SUBSCRIPTION_VALUES: set[PreferencesReadDefaultSubscription] = {
    "normal",
    "watching",
}


def check_preferences_read_default_subscription(value: str) -> PreferencesReadDefaultSubscription:
    if value in PREFERENCES_READ_DEFAULT_SUBSCRIPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PREFERENCES_READ_DEFAULT_SUBSCRIPTION_VALUES!r}"
    )
