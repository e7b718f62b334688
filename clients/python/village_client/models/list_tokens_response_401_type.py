from typing import Literal

ListTokensResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

LIST_TOKENS_RESPONSE_401_TYPE_VALUES: set[ListTokensResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_list_tokens_response_401_type(value: str) -> ListTokensResponse401Type:
    if value in LIST_TOKENS_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_TOKENS_RESPONSE_401_TYPE_VALUES!r}"
    )
