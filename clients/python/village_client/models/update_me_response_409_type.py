from typing import Literal

UpdateMeResponse409Type = Literal["/problems/email-taken"]

UPDATE_ME_RESPONSE_409_TYPE_VALUES: set[UpdateMeResponse409Type] = {
    "/problems/email-taken",
}


def check_update_me_response_409_type(value: str) -> UpdateMeResponse409Type:
    if value in UPDATE_ME_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_ME_RESPONSE_409_TYPE_VALUES!r}"
    )
