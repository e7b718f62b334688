from typing import Literal

ListMyWarningsResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

LIST_MY_WARNINGS_RESPONSE_401_TYPE_VALUES: set[ListMyWarningsResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_list_my_warnings_response_401_type(value: str) -> ListMyWarningsResponse401Type:
    if value in LIST_MY_WARNINGS_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MY_WARNINGS_RESPONSE_401_TYPE_VALUES!r}"
    )
