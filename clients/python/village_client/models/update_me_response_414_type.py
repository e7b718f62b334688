from typing import Literal

UpdateMeResponse414Type = Literal["/problems/uri-too-long"]

UPDATE_ME_RESPONSE_414_TYPE_VALUES: set[UpdateMeResponse414Type] = {
    "/problems/uri-too-long",
}


def check_update_me_response_414_type(value: str) -> UpdateMeResponse414Type:
    if value in UPDATE_ME_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_ME_RESPONSE_414_TYPE_VALUES!r}"
    )
