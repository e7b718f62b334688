from typing import Literal

PreferencesUpdateDefaultSubscriptionType0 = Literal["normal", "watching"]

PREFERENCES_UPDATE_DEFAULT_SUBSCRIPTION_TYPE_0_VALUES: set[
    PreferencesUpdateDefaultSubscriptionType0
] = {
    "normal",
    "watching",
}


def check_preferences_update_default_subscription_type_0(
    value: str,
) -> PreferencesUpdateDefaultSubscriptionType0:
    if value in PREFERENCES_UPDATE_DEFAULT_SUBSCRIPTION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PREFERENCES_UPDATE_DEFAULT_SUBSCRIPTION_TYPE_0_VALUES!r}"
    )
