from typing import Literal

UpdateMeResponse422Type = Literal["/problems/validation-error"]

UPDATE_ME_RESPONSE_422_TYPE_VALUES: set[UpdateMeResponse422Type] = {
    "/problems/validation-error",
}


def check_update_me_response_422_type(value: str) -> UpdateMeResponse422Type:
    if value in UPDATE_ME_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_ME_RESPONSE_422_TYPE_VALUES!r}"
    )
