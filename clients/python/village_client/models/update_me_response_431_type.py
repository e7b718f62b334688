from typing import Literal

UpdateMeResponse431Type = Literal["/problems/request-header-fields-too-large"]

UPDATE_ME_RESPONSE_431_TYPE_VALUES: set[UpdateMeResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_update_me_response_431_type(value: str) -> UpdateMeResponse431Type:
    if value in UPDATE_ME_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_ME_RESPONSE_431_TYPE_VALUES!r}"
    )
