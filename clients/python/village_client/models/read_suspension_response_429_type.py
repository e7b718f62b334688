from typing import Literal

ReadSuspensionResponse429Type = Literal["/problems/rate-limited"]

READ_SUSPENSION_RESPONSE_429_TYPE_VALUES: set[ReadSuspensionResponse429Type] = {
    "/problems/rate-limited",
}


def check_read_suspension_response_429_type(value: str) -> ReadSuspensionResponse429Type:
    if value in READ_SUSPENSION_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_SUSPENSION_RESPONSE_429_TYPE_VALUES!r}"
    )
