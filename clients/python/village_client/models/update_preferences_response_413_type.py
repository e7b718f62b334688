from typing import Literal

UpdatePreferencesResponse413Type = Literal["/problems/payload-too-large"]

UPDATE_PREFERENCES_RESPONSE_413_TYPE_VALUES: set[UpdatePreferencesResponse413Type] = {
    "/problems/payload-too-large",
}


def check_update_preferences_response_413_type(value: str) -> UpdatePreferencesResponse413Type:
    if value in UPDATE_PREFERENCES_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_PREFERENCES_RESPONSE_413_TYPE_VALUES!r}"
    )
