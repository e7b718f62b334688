from typing import Literal

ListRevisionsResponse404Type = Literal["/problems/not-found"]

LIST_REVISIONS_RESPONSE_404_TYPE_VALUES: set[ListRevisionsResponse404Type] = {
    "/problems/not-found",
}


def check_list_revisions_response_404_type(value: str) -> ListRevisionsResponse404Type:
    if value in LIST_REVISIONS_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_REVISIONS_RESPONSE_404_TYPE_VALUES!r}"
    )
