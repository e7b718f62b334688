from typing import Literal

ListRevisionsResponse500Type = Literal["/problems/internal-error"]

LIST_REVISIONS_RESPONSE_500_TYPE_VALUES: set[ListRevisionsResponse500Type] = {
    "/problems/internal-error",
}


def check_list_revisions_response_500_type(value: str) -> ListRevisionsResponse500Type:
    if value in LIST_REVISIONS_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_REVISIONS_RESPONSE_500_TYPE_VALUES!r}"
    )
