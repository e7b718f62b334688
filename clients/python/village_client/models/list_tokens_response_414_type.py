from typing import Literal

ListTokensResponse414Type = Literal["/problems/uri-too-long"]

LIST_TOKENS_RESPONSE_414_TYPE_VALUES: set[ListTokensResponse414Type] = {
    "/problems/uri-too-long",
}


def check_list_tokens_response_414_type(value: str) -> ListTokensResponse414Type:
    if value in LIST_TOKENS_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_TOKENS_RESPONSE_414_TYPE_VALUES!r}"
    )
