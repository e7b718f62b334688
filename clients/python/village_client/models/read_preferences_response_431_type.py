from typing import Literal

ReadPreferencesResponse431Type = Literal["/problems/request-header-fields-too-large"]

READ_PREFERENCES_RESPONSE_431_TYPE_VALUES: set[ReadPreferencesResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_read_preferences_response_431_type(value: str) -> ReadPreferencesResponse431Type:
    if value in READ_PREFERENCES_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_PREFERENCES_RESPONSE_431_TYPE_VALUES!r}"
    )
