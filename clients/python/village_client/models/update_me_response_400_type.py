from typing import Literal

UpdateMeResponse400Type = Literal["/problems/malformed-json"]

UPDATE_ME_RESPONSE_400_TYPE_VALUES: set[UpdateMeResponse400Type] = {
    "/problems/malformed-json",
}


def check_update_me_response_400_type(value: str) -> UpdateMeResponse400Type:
    if value in UPDATE_ME_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_ME_RESPONSE_400_TYPE_VALUES!r}"
    )
