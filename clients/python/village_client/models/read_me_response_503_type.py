from typing import Literal

ReadMeResponse503Type = Literal["/problems/service-unavailable"]

READ_ME_RESPONSE_503_TYPE_VALUES: set[ReadMeResponse503Type] = {
    "/problems/service-unavailable",
}


def check_read_me_response_503_type(value: str) -> ReadMeResponse503Type:
    if value in READ_ME_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_ME_RESPONSE_503_TYPE_VALUES!r}"
    )
