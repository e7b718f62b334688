from typing import Literal

ListRevisionsResponse431Type = Literal["/problems/request-header-fields-too-large"]

LIST_REVISIONS_RESPONSE_431_TYPE_VALUES: set[ListRevisionsResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_list_revisions_response_431_type(value: str) -> ListRevisionsResponse431Type:
    if value in LIST_REVISIONS_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_REVISIONS_RESPONSE_431_TYPE_VALUES!r}"
    )
