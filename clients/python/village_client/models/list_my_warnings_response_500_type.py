from typing import Literal

ListMyWarningsResponse500Type = Literal["/problems/internal-error"]

LIST_MY_WARNINGS_RESPONSE_500_TYPE_VALUES: set[ListMyWarningsResponse500Type] = {
    "/problems/internal-error",
}


def check_list_my_warnings_response_500_type(value: str) -> ListMyWarningsResponse500Type:
    if value in LIST_MY_WARNINGS_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MY_WARNINGS_RESPONSE_500_TYPE_VALUES!r}"
    )
