from typing import Literal

UnblockUserResponse414Type = Literal["/problems/uri-too-long"]

UNBLOCK_USER_RESPONSE_414_TYPE_VALUES: set[UnblockUserResponse414Type] = {
    "/problems/uri-too-long",
}


def check_unblock_user_response_414_type(value: str) -> UnblockUserResponse414Type:
    if value in UNBLOCK_USER_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNBLOCK_USER_RESPONSE_414_TYPE_VALUES!r}"
    )
