from typing import Literal

SetRoleResponse413Type = Literal["/problems/payload-too-large"]

SET_ROLE_RESPONSE_413_TYPE_VALUES: set[SetRoleResponse413Type] = {
    "/problems/payload-too-large",
}


def check_set_role_response_413_type(value: str) -> SetRoleResponse413Type:
    if value in SET_ROLE_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_ROLE_RESPONSE_413_TYPE_VALUES!r}"
    )
