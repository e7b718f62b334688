from typing import Literal

ListWarningsResponse403Type = Literal[
    "/problems/forbidden", "/problems/insufficient-scope", "/problems/suspended"
]

LIST_WARNINGS_RESPONSE_403_TYPE_VALUES: set[ListWarningsResponse403Type] = {
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_list_warnings_response_403_type(value: str) -> ListWarningsResponse403Type:
    if value in LIST_WARNINGS_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WARNINGS_RESPONSE_403_TYPE_VALUES!r}"
    )
