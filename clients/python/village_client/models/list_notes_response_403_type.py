from typing import Literal

ListNotesResponse403Type = Literal[
    "/problems/forbidden", "/problems/insufficient-scope", "/problems/suspended"
]

LIST_NOTES_RESPONSE_403_TYPE_VALUES: set[ListNotesResponse403Type] = {
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_list_notes_response_403_type(value: str) -> ListNotesResponse403Type:
    if value in LIST_NOTES_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_NOTES_RESPONSE_403_TYPE_VALUES!r}"
    )
