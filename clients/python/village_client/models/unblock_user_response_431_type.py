from typing import Literal

UnblockUserResponse431Type = Literal["/problems/request-header-fields-too-large"]

UNBLOCK_USER_RESPONSE_431_TYPE_VALUES: set[UnblockUserResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_unblock_user_response_431_type(value: str) -> UnblockUserResponse431Type:
    if value in UNBLOCK_USER_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNBLOCK_USER_RESPONSE_431_TYPE_VALUES!r}"
    )
