from typing import Literal

ListTokensResponse429Type = Literal["/problems/rate-limited"]

LIST_TOKENS_RESPONSE_429_TYPE_VALUES: set[ListTokensResponse429Type] = {
    "/problems/rate-limited",
}


def check_list_tokens_response_429_type(value: str) -> ListTokensResponse429Type:
    if value in LIST_TOKENS_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_TOKENS_RESPONSE_429_TYPE_VALUES!r}"
    )
