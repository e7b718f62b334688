from typing import Literal

UpdatePreferencesResponse429Type = Literal["/problems/rate-limited"]

UPDATE_PREFERENCES_RESPONSE_429_TYPE_VALUES: set[UpdatePreferencesResponse429Type] = {
    "/problems/rate-limited",
}


def check_update_preferences_response_429_type(value: str) -> UpdatePreferencesResponse429Type:
    if value in UPDATE_PREFERENCES_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_PREFERENCES_RESPONSE_429_TYPE_VALUES!r}"
    )
