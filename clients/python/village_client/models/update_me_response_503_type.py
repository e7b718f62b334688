from typing import Literal

UpdateMeResponse503Type = Literal["/problems/service-unavailable"]

UPDATE_ME_RESPONSE_503_TYPE_VALUES: set[UpdateMeResponse503Type] = {
    "/problems/service-unavailable",
}


def check_update_me_response_503_type(value: str) -> UpdateMeResponse503Type:
    if value in UPDATE_ME_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_ME_RESPONSE_503_TYPE_VALUES!r}"
    )
