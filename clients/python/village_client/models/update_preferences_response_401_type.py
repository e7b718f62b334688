from typing import Literal

UpdatePreferencesResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

UPDATE_PREFERENCES_RESPONSE_401_TYPE_VALUES: set[UpdatePreferencesResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_update_preferences_response_401_type(value: str) -> UpdatePreferencesResponse401Type:
    if value in UPDATE_PREFERENCES_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_PREFERENCES_RESPONSE_401_TYPE_VALUES!r}"
    )
