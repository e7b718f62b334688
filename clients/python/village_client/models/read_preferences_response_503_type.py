from typing import Literal

ReadPreferencesResponse503Type = Literal["/problems/service-unavailable"]

READ_PREFERENCES_RESPONSE_503_TYPE_VALUES: set[ReadPreferencesResponse503Type] = {
    "/problems/service-unavailable",
}


def check_read_preferences_response_503_type(value: str) -> ReadPreferencesResponse503Type:
    if value in READ_PREFERENCES_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_PREFERENCES_RESPONSE_503_TYPE_VALUES!r}"
    )
