from typing import Literal

ListRevisionsResponse422Type = Literal["/problems/validation-error"]

LIST_REVISIONS_RESPONSE_422_TYPE_VALUES: set[ListRevisionsResponse422Type] = {
    "/problems/validation-error",
}


def check_list_revisions_response_422_type(value: str) -> ListRevisionsResponse422Type:
    if value in LIST_REVISIONS_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_REVISIONS_RESPONSE_422_TYPE_VALUES!r}"
    )
