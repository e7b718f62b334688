from typing import Literal

UpdateMeResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

UPDATE_ME_RESPONSE_401_TYPE_VALUES: set[UpdateMeResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_update_me_response_401_type(value: str) -> UpdateMeResponse401Type:
    if value in UPDATE_ME_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_ME_RESPONSE_401_TYPE_VALUES!r}"
    )
