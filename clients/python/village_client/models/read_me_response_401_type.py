from typing import Literal

ReadMeResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

READ_ME_RESPONSE_401_TYPE_VALUES: set[ReadMeResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_read_me_response_401_type(value: str) -> ReadMeResponse401Type:
    if value in READ_ME_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_ME_RESPONSE_401_TYPE_VALUES!r}"
    )
