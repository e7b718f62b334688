from typing import Literal

ListTokensResponse500Type = Literal["/problems/internal-error"]

LIST_TOKENS_RESPONSE_500_TYPE_VALUES: set[ListTokensResponse500Type] = {
    "/problems/internal-error",
}


def check_list_tokens_response_500_type(value: str) -> ListTokensResponse500Type:
    if value in LIST_TOKENS_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_TOKENS_RESPONSE_500_TYPE_VALUES!r}"
    )
