from typing import Literal

ListTokensResponse503Type = Literal["/problems/service-unavailable"]

LIST_TOKENS_RESPONSE_503_TYPE_VALUES: set[ListTokensResponse503Type] = {
    "/problems/service-unavailable",
}


def check_list_tokens_response_503_type(value: str) -> ListTokensResponse503Type:
    if value in LIST_TOKENS_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_TOKENS_RESPONSE_503_TYPE_VALUES!r}"
    )
