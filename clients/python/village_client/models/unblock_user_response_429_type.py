from typing import Literal

UnblockUserResponse429Type = Literal["/problems/rate-limited"]

UNBLOCK_USER_RESPONSE_429_TYPE_VALUES: set[UnblockUserResponse429Type] = {
    "/problems/rate-limited",
}


def check_unblock_user_response_429_type(value: str) -> UnblockUserResponse429Type:
    if value in UNBLOCK_USER_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNBLOCK_USER_RESPONSE_429_TYPE_VALUES!r}"
    )
