from typing import Literal

ReadPreferencesResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

READ_PREFERENCES_RESPONSE_401_TYPE_VALUES: set[ReadPreferencesResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_read_preferences_response_401_type(value: str) -> ReadPreferencesResponse401Type:
    if value in READ_PREFERENCES_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_PREFERENCES_RESPONSE_401_TYPE_VALUES!r}"
    )
