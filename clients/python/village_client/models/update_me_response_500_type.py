from typing import Literal

UpdateMeResponse500Type = Literal["/problems/internal-error"]

UPDATE_ME_RESPONSE_500_TYPE_VALUES: set[UpdateMeResponse500Type] = {
    "/problems/internal-error",
}


def check_update_me_response_500_type(value: str) -> UpdateMeResponse500Type:
    if value in UPDATE_ME_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_ME_RESPONSE_500_TYPE_VALUES!r}"
    )
