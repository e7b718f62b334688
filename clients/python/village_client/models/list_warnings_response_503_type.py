from typing import Literal

ListWarningsResponse503Type = Literal["/problems/service-unavailable"]

LIST_WARNINGS_RESPONSE_503_TYPE_VALUES: set[ListWarningsResponse503Type] = {
    "/problems/service-unavailable",
}


def check_list_warnings_response_503_type(value: str) -> ListWarningsResponse503Type:
    if value in LIST_WARNINGS_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WARNINGS_RESPONSE_503_TYPE_VALUES!r}"
    )
