from typing import Literal

ListWarningsResponse431Type = Literal["/problems/request-header-fields-too-large"]

LIST_WARNINGS_RESPONSE_431_TYPE_VALUES: set[ListWarningsResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_list_warnings_response_431_type(value: str) -> ListWarningsResponse431Type:
    if value in LIST_WARNINGS_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WARNINGS_RESPONSE_431_TYPE_VALUES!r}"
    )
