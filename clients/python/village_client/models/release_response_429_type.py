from typing import Literal

ReleaseResponse429Type = Literal["/problems/rate-limited"]

RELEASE_RESPONSE_429_TYPE_VALUES: set[ReleaseResponse429Type] = {
    "/problems/rate-limited",
}


def check_release_response_429_type(value: str) -> ReleaseResponse429Type:
    if value in RELEASE_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RELEASE_RESPONSE_429_TYPE_VALUES!r}"
    )
