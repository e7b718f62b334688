from typing import Literal

ReleaseResponse503Type = Literal["/problems/service-unavailable"]

RELEASE_RESPONSE_503_TYPE_VALUES: set[ReleaseResponse503Type] = {
    "/problems/service-unavailable",
}


def check_release_response_503_type(value: str) -> ReleaseResponse503Type:
    if value in RELEASE_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RELEASE_RESPONSE_503_TYPE_VALUES!r}"
    )
