from typing import Literal

ListWarningsResponse429Type = Literal["/problems/rate-limited"]

LIST_WARNINGS_RESPONSE_429_TYPE_VALUES: set[ListWarningsResponse429Type] = {
    "/problems/rate-limited",
}


def check_list_warnings_response_429_type(value: str) -> ListWarningsResponse429Type:
    if value in LIST_WARNINGS_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WARNINGS_RESPONSE_429_TYPE_VALUES!r}"
    )
