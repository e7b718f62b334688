from typing import Literal

UpdatePreferencesResponse400Type = Literal["/problems/malformed-json"]

UPDATE_PREFERENCES_RESPONSE_400_TYPE_VALUES: set[UpdatePreferencesResponse400Type] = {
    "/problems/malformed-json",
}


def check_update_preferences_response_400_type(value: str) -> UpdatePreferencesResponse400Type:
    if value in UPDATE_PREFERENCES_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_PREFERENCES_RESPONSE_400_TYPE_VALUES!r}"
    )
