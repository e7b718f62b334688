from typing import Literal

UpdatePreferencesResponse503Type = Literal["/problems/service-unavailable"]

UPDATE_PREFERENCES_RESPONSE_503_TYPE_VALUES: set[UpdatePreferencesResponse503Type] = {
    "/problems/service-unavailable",
}


def check_update_preferences_response_503_type(value: str) -> UpdatePreferencesResponse503Type:
    if value in UPDATE_PREFERENCES_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_PREFERENCES_RESPONSE_503_TYPE_VALUES!r}"
    )
