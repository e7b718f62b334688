from typing import Literal

ReadPreferencesResponse500Type = Literal["/problems/internal-error"]

READ_PREFERENCES_RESPONSE_500_TYPE_VALUES: set[ReadPreferencesResponse500Type] = {
    "/problems/internal-error",
}


def check_read_preferences_response_500_type(value: str) -> ReadPreferencesResponse500Type:
    if value in READ_PREFERENCES_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_PREFERENCES_RESPONSE_500_TYPE_VALUES!r}"
    )
