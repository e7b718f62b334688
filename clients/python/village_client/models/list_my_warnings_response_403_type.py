from typing import Literal

ListMyWarningsResponse403Type = Literal["/problems/insufficient-scope"]

LIST_MY_WARNINGS_RESPONSE_403_TYPE_VALUES: set[ListMyWarningsResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_list_my_warnings_response_403_type(value: str) -> ListMyWarningsResponse403Type:
    if value in LIST_MY_WARNINGS_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MY_WARNINGS_RESPONSE_403_TYPE_VALUES!r}"
    )
