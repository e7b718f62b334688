from typing import Literal

ListRevisionsResponse503Type = Literal["/problems/service-unavailable"]

LIST_REVISIONS_RESPONSE_503_TYPE_VALUES: set[ListRevisionsResponse503Type] = {
    "/problems/service-unavailable",
}


def check_list_revisions_response_503_type(value: str) -> ListRevisionsResponse503Type:
    if value in LIST_REVISIONS_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_REVISIONS_RESPONSE_503_TYPE_VALUES!r}"
    )
