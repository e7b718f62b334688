from typing import Literal

ListRevisionsResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

LIST_REVISIONS_RESPONSE_401_TYPE_VALUES: set[ListRevisionsResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_list_revisions_response_401_type(value: str) -> ListRevisionsResponse401Type:
    if value in LIST_REVISIONS_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_REVISIONS_RESPONSE_401_TYPE_VALUES!r}"
    )
