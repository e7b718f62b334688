from typing import Literal

ReadMeResponse500Type = Literal["/problems/internal-error"]

READ_ME_RESPONSE_500_TYPE_VALUES: set[ReadMeResponse500Type] = {
    "/problems/internal-error",
}


def check_read_me_response_500_type(value: str) -> ReadMeResponse500Type:
    if value in READ_ME_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_ME_RESPONSE_500_TYPE_VALUES!r}"
    )
