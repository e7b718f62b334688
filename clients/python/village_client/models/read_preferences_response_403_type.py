from typing import Literal

ReadPreferencesResponse403Type = Literal["/problems/insufficient-scope"]

READ_PREFERENCES_RESPONSE_403_TYPE_VALUES: set[ReadPreferencesResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_read_preferences_response_403_type(value: str) -> ReadPreferencesResponse403Type:
    if value in READ_PREFERENCES_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_PREFERENCES_RESPONSE_403_TYPE_VALUES!r}"
    )
