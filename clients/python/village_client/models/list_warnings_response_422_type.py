from typing import Literal

ListWarningsResponse422Type = Literal["/problems/validation-error"]

LIST_WARNINGS_RESPONSE_422_TYPE_VALUES: set[ListWarningsResponse422Type] = {
    "/problems/validation-error",
}


def check_list_warnings_response_422_type(value: str) -> ListWarningsResponse422Type:
    if value in LIST_WARNINGS_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WARNINGS_RESPONSE_422_TYPE_VALUES!r}"
    )
