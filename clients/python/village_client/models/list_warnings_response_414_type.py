from typing import Literal

ListWarningsResponse414Type = Literal["/problems/uri-too-long"]

LIST_WARNINGS_RESPONSE_414_TYPE_VALUES: set[ListWarningsResponse414Type] = {
    "/problems/uri-too-long",
}


def check_list_warnings_response_414_type(value: str) -> ListWarningsResponse414Type:
    if value in LIST_WARNINGS_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WARNINGS_RESPONSE_414_TYPE_VALUES!r}"
    )
