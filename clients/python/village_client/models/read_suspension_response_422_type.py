from typing import Literal

ReadSuspensionResponse422Type = Literal["/problems/validation-error"]

READ_SUSPENSION_RESPONSE_422_TYPE_VALUES: set[ReadSuspensionResponse422Type] = {
    "/problems/validation-error",
}


def check_read_suspension_response_422_type(value: str) -> ReadSuspensionResponse422Type:
    if value in READ_SUSPENSION_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_SUSPENSION_RESPONSE_422_TYPE_VALUES!r}"
    )
