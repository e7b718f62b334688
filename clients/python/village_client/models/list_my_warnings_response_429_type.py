from typing import Literal

ListMyWarningsResponse429Type = Literal["/problems/rate-limited"]

LIST_MY_WARNINGS_RESPONSE_429_TYPE_VALUES: set[ListMyWarningsResponse429Type] = {
    "/problems/rate-limited",
}


def check_list_my_warnings_response_429_type(value: str) -> ListMyWarningsResponse429Type:
    if value in LIST_MY_WARNINGS_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MY_WARNINGS_RESPONSE_429_TYPE_VALUES!r}"
    )
