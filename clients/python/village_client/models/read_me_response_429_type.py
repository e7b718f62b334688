from typing import Literal

ReadMeResponse429Type = Literal["/problems/rate-limited"]

READ_ME_RESPONSE_429_TYPE_VALUES: set[ReadMeResponse429Type] = {
    "/problems/rate-limited",
}


def check_read_me_response_429_type(value: str) -> ReadMeResponse429Type:
    if value in READ_ME_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_ME_RESPONSE_429_TYPE_VALUES!r}"
    )
