from typing import Literal

ReadPreferencesResponse429Type = Literal["/problems/rate-limited"]

READ_PREFERENCES_RESPONSE_429_TYPE_VALUES: set[ReadPreferencesResponse429Type] = {
    "/problems/rate-limited",
}


def check_read_preferences_response_429_type(value: str) -> ReadPreferencesResponse429Type:
    if value in READ_PREFERENCES_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_PREFERENCES_RESPONSE_429_TYPE_VALUES!r}"
    )
