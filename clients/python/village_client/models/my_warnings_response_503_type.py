from typing import Literal

MyWarningsResponse503Type = Literal["/problems/service-unavailable"]

MY_WARNINGS_RESPONSE_503_TYPE_VALUES: set[MyWarningsResponse503Type] = {
    "/problems/service-unavailable",
}


def check_my_warnings_response_503_type(value: str) -> MyWarningsResponse503Type:
    if value in MY_WARNINGS_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MY_WARNINGS_RESPONSE_503_TYPE_VALUES!r}"
    )
