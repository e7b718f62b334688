from typing import Literal

UpdatePreferencesResponse414Type = Literal["/problems/uri-too-long"]

UPDATE_PREFERENCES_RESPONSE_414_TYPE_VALUES: set[UpdatePreferencesResponse414Type] = {
    "/problems/uri-too-long",
}


def check_update_preferences_response_414_type(value: str) -> UpdatePreferencesResponse414Type:
    if value in UPDATE_PREFERENCES_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_PREFERENCES_RESPONSE_414_TYPE_VALUES!r}"
    )
