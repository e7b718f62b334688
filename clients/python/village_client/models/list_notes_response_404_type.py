from typing import Literal

ListNotesResponse404Type = Literal["/problems/not-found"]

LIST_NOTES_RESPONSE_404_TYPE_VALUES: set[ListNotesResponse404Type] = {
    "/problems/not-found",
}


def check_list_notes_response_404_type(value: str) -> ListNotesResponse404Type:
    if value in LIST_NOTES_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_NOTES_RESPONSE_404_TYPE_VALUES!r}"
    )
