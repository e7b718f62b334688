from typing import Literal

UpdatePreferencesResponse431Type = Literal["/problems/request-header-fields-too-large"]

UPDATE_PREFERENCES_RESPONSE_431_TYPE_VALUES: set[UpdatePreferencesResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_update_preferences_response_431_type(value: str) -> UpdatePreferencesResponse431Type:
    if value in UPDATE_PREFERENCES_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_PREFERENCES_RESPONSE_431_TYPE_VALUES!r}"
    )
