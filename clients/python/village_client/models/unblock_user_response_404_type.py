from typing import Literal

UnblockUserResponse404Type = Literal["/problems/not-found"]

UNBLOCK_USER_RESPONSE_404_TYPE_VALUES: set[UnblockUserResponse404Type] = {
    "/problems/not-found",
}


def check_unblock_user_response_404_type(value: str) -> UnblockUserResponse404Type:
    if value in UNBLOCK_USER_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNBLOCK_USER_RESPONSE_404_TYPE_VALUES!r}"
    )
