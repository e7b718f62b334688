from typing import Literal

ListMyWarningsResponse431Type = Literal["/problems/request-header-fields-too-large"]

LIST_MY_WARNINGS_RESPONSE_431_TYPE_VALUES: set[ListMyWarningsResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_list_my_warnings_response_431_type(value: str) -> ListMyWarningsResponse431Type:
    if value in LIST_MY_WARNINGS_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MY_WARNINGS_RESPONSE_431_TYPE_VALUES!r}"
    )
