from typing import Literal

ListTokensResponse431Type = Literal["/problems/request-header-fields-too-large"]

LIST_TOKENS_RESPONSE_431_TYPE_VALUES: set[ListTokensResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_list_tokens_response_431_type(value: str) -> ListTokensResponse431Type:
    if value in LIST_TOKENS_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_TOKENS_RESPONSE_431_TYPE_VALUES!r}"
    )
