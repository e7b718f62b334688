from typing import Literal

ReadPreferencesResponse414Type = Literal["/problems/uri-too-long"]

READ_PREFERENCES_RESPONSE_414_TYPE_VALUES: set[ReadPreferencesResponse414Type] = {
    "/problems/uri-too-long",
}


def check_read_preferences_response_414_type(value: str) -> ReadPreferencesResponse414Type:
    if value in READ_PREFERENCES_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_PREFERENCES_RESPONSE_414_TYPE_VALUES!r}"
    )
