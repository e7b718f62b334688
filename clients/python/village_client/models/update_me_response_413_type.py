from typing import Literal

UpdateMeResponse413Type = Literal["/problems/payload-too-large"]

UPDATE_ME_RESPONSE_413_TYPE_VALUES: set[UpdateMeResponse413Type] = {
    "/problems/payload-too-large",
}


def check_update_me_response_413_type(value: str) -> UpdateMeResponse413Type:
    if value in UPDATE_ME_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_ME_RESPONSE_413_TYPE_VALUES!r}"
    )
