from typing import Literal

ReadMeResponse403Type = Literal["/problems/insufficient-scope"]

READ_ME_RESPONSE_403_TYPE_VALUES: set[ReadMeResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_read_me_response_403_type(value: str) -> ReadMeResponse403Type:
    if value in READ_ME_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_ME_RESPONSE_403_TYPE_VALUES!r}"
    )
