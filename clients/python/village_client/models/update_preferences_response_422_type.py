from typing import Literal

UpdatePreferencesResponse422Type = Literal["/problems/validation-error"]

UPDATE_PREFERENCES_RESPONSE_422_TYPE_VALUES: set[UpdatePreferencesResponse422Type] = {
    "/problems/validation-error",
}


def check_update_preferences_response_422_type(value: str) -> UpdatePreferencesResponse422Type:
    if value in UPDATE_PREFERENCES_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_PREFERENCES_RESPONSE_422_TYPE_VALUES!r}"
    )
