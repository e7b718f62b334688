from typing import Literal

ListTokensResponse403Type = Literal[
    "/problems/insufficient-scope", "/problems/password-sign-in-required"
]

LIST_TOKENS_RESPONSE_403_TYPE_VALUES: set[ListTokensResponse403Type] = {
    "/problems/insufficient-scope",
    "/problems/password-sign-in-required",
}


def check_list_tokens_response_403_type(value: str) -> ListTokensResponse403Type:
    if value in LIST_TOKENS_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_TOKENS_RESPONSE_403_TYPE_VALUES!r}"
    )
