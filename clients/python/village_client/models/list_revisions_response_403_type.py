from typing import Literal

ListRevisionsResponse403Type = Literal["/problems/forbidden", "/problems/insufficient-scope"]

LIST_REVISIONS_RESPONSE_403_TYPE_VALUES: set[ListRevisionsResponse403Type] = {
    "/problems/forbidden",
    "/problems/insufficient-scope",
}


def check_list_revisions_response_403_type(value: str) -> ListRevisionsResponse403Type:
    if value in LIST_REVISIONS_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_REVISIONS_RESPONSE_403_TYPE_VALUES!r}"
    )
