from typing import Literal

UpdatePreferencesResponse403Type = Literal["/problems/insufficient-scope"]

UPDATE_PREFERENCES_RESPONSE_403_TYPE_VALUES: set[UpdatePreferencesResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_update_preferences_response_403_type(value: str) -> UpdatePreferencesResponse403Type:
    if value in UPDATE_PREFERENCES_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_PREFERENCES_RESPONSE_403_TYPE_VALUES!r}"
    )
