from typing import Literal

UnblockUserResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

UNBLOCK_USER_RESPONSE_401_TYPE_VALUES: set[UnblockUserResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_unblock_user_response_401_type(value: str) -> UnblockUserResponse401Type:
    if value in UNBLOCK_USER_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNBLOCK_USER_RESPONSE_401_TYPE_VALUES!r}"
    )
