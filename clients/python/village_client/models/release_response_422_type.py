from typing import Literal

ReleaseResponse422Type = Literal["/problems/validation-error"]

RELEASE_RESPONSE_422_TYPE_VALUES: set[ReleaseResponse422Type] = {
    "/problems/validation-error",
}


def check_release_response_422_type(value: str) -> ReleaseResponse422Type:
    if value in RELEASE_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RELEASE_RESPONSE_422_TYPE_VALUES!r}"
    )
