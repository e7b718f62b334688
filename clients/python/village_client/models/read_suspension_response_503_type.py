from typing import Literal

ReadSuspensionResponse503Type = Literal["/problems/service-unavailable"]

READ_SUSPENSION_RESPONSE_503_TYPE_VALUES: set[ReadSuspensionResponse503Type] = {
    "/problems/service-unavailable",
}


def check_read_suspension_response_503_type(value: str) -> ReadSuspensionResponse503Type:
    if value in READ_SUSPENSION_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_SUSPENSION_RESPONSE_503_TYPE_VALUES!r}"
    )
