from typing import Literal

UnblockUserResponse403Type = Literal["/problems/insufficient-scope"]

UNBLOCK_USER_RESPONSE_403_TYPE_VALUES: set[UnblockUserResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_unblock_user_response_403_type(value: str) -> UnblockUserResponse403Type:
    if value in UNBLOCK_USER_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNBLOCK_USER_RESPONSE_403_TYPE_VALUES!r}"
    )
