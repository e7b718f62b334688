from typing import Literal

ListWarningsResponse500Type = Literal["/problems/internal-error"]

LIST_WARNINGS_RESPONSE_500_TYPE_VALUES: set[ListWarningsResponse500Type] = {
    "/problems/internal-error",
}


def check_list_warnings_response_500_type(value: str) -> ListWarningsResponse500Type:
    if value in LIST_WARNINGS_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WARNINGS_RESPONSE_500_TYPE_VALUES!r}"
    )
