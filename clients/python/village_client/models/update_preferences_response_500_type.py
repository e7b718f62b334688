from typing import Literal

UpdatePreferencesResponse500Type = Literal["/problems/internal-error"]

UPDATE_PREFERENCES_RESPONSE_500_TYPE_VALUES: set[UpdatePreferencesResponse500Type] = {
    "/problems/internal-error",
}


def check_update_preferences_response_500_type(value: str) -> UpdatePreferencesResponse500Type:
    if value in UPDATE_PREFERENCES_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_PREFERENCES_RESPONSE_500_TYPE_VALUES!r}"
    )
