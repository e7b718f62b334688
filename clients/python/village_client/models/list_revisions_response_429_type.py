from typing import Literal

ListRevisionsResponse429Type = Literal["/problems/rate-limited"]

LIST_REVISIONS_RESPONSE_429_TYPE_VALUES: set[ListRevisionsResponse429Type] = {
    "/problems/rate-limited",
}


def check_list_revisions_response_429_type(value: str) -> ListRevisionsResponse429Type:
    if value in LIST_REVISIONS_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_REVISIONS_RESPONSE_429_TYPE_VALUES!r}"
    )
