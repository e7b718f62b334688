from typing import Literal

ListWarningsResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

LIST_WARNINGS_RESPONSE_401_TYPE_VALUES: set[ListWarningsResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_list_warnings_response_401_type(value: str) -> ListWarningsResponse401Type:
    if value in LIST_WARNINGS_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WARNINGS_RESPONSE_401_TYPE_VALUES!r}"
    )
