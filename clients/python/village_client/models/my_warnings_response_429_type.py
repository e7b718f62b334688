from typing import Literal

MyWarningsResponse429Type = Literal["/problems/rate-limited"]

MY_WARNINGS_RESPONSE_429_TYPE_VALUES: set[MyWarningsResponse429Type] = {
    "/problems/rate-limited",
}


def check_my_warnings_response_429_type(value: str) -> MyWarningsResponse429Type:
    if value in MY_WARNINGS_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MY_WARNINGS_RESPONSE_429_TYPE_VALUES!r}"
    )
