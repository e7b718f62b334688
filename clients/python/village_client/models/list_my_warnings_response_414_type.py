from typing import Literal

ListMyWarningsResponse414Type = Literal["/problems/uri-too-long"]

LIST_MY_WARNINGS_RESPONSE_414_TYPE_VALUES: set[ListMyWarningsResponse414Type] = {
    "/problems/uri-too-long",
}


def check_list_my_warnings_response_414_type(value: str) -> ListMyWarningsResponse414Type:
    if value in LIST_MY_WARNINGS_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MY_WARNINGS_RESPONSE_414_TYPE_VALUES!r}"
    )
