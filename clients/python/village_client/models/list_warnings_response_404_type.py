from typing import Literal

ListWarningsResponse404Type = Literal["/problems/not-found"]

LIST_WARNINGS_RESPONSE_404_TYPE_VALUES: set[ListWarningsResponse404Type] = {
    "/problems/not-found",
}


def check_list_warnings_response_404_type(value: str) -> ListWarningsResponse404Type:
    if value in LIST_WARNINGS_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WARNINGS_RESPONSE_404_TYPE_VALUES!r}"
    )
