from typing import Literal

UpdateMeResponse403Type = Literal[
    "/problems/insufficient-scope", "/problems/password-sign-in-required", "/problems/suspended"
]

UPDATE_ME_RESPONSE_403_TYPE_VALUES: set[UpdateMeResponse403Type] = {
    "/problems/insufficient-scope",
    "/problems/password-sign-in-required",
    "/problems/suspended",
}


def check_update_me_response_403_type(value: str) -> UpdateMeResponse403Type:
    if value in UPDATE_ME_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_ME_RESPONSE_403_TYPE_VALUES!r}"
    )
