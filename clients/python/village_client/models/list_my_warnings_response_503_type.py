from typing import Literal

ListMyWarningsResponse503Type = Literal["/problems/service-unavailable"]

LIST_MY_WARNINGS_RESPONSE_503_TYPE_VALUES: set[ListMyWarningsResponse503Type] = {
    "/problems/service-unavailable",
}


def check_list_my_warnings_response_503_type(value: str) -> ListMyWarningsResponse503Type:
    if value in LIST_MY_WARNINGS_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MY_WARNINGS_RESPONSE_503_TYPE_VALUES!r}"
    )
