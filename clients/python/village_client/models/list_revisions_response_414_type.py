from typing import Literal

ListRevisionsResponse414Type = Literal["/problems/uri-too-long"]

LIST_REVISIONS_RESPONSE_414_TYPE_VALUES: set[ListRevisionsResponse414Type] = {
    "/problems/uri-too-long",
}


def check_list_revisions_response_414_type(value: str) -> ListRevisionsResponse414Type:
    if value in LIST_REVISIONS_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_REVISIONS_RESPONSE_414_TYPE_VALUES!r}"
    )
