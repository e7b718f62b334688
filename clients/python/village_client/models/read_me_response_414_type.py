from typing import Literal

ReadMeResponse414Type = Literal["/problems/uri-too-long"]

READ_ME_RESPONSE_414_TYPE_VALUES: set[ReadMeResponse414Type] = {
    "/problems/uri-too-long",
}


def check_read_me_response_414_type(value: str) -> ReadMeResponse414Type:
    if value in READ_ME_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_ME_RESPONSE_414_TYPE_VALUES!r}"
    )
