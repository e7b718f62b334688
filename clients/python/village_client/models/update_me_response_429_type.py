from typing import Literal

UpdateMeResponse429Type = Literal["/problems/rate-limited"]

UPDATE_ME_RESPONSE_429_TYPE_VALUES: set[UpdateMeResponse429Type] = {
    "/problems/rate-limited",
}


def check_update_me_response_429_type(value: str) -> UpdateMeResponse429Type:
    if value in UPDATE_ME_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_ME_RESPONSE_429_TYPE_VALUES!r}"
    )
