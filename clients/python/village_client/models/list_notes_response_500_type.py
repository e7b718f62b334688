from typing import Literal

ListNotesResponse500Type = Literal["/problems/internal-error"]

LIST_NOTES_RESPONSE_500_TYPE_VALUES: set[ListNotesResponse500Type] = {
    "/problems/internal-error",
}


def check_list_notes_response_500_type(value: str) -> ListNotesResponse500Type:
    if value in LIST_NOTES_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_NOTES_RESPONSE_500_TYPE_VALUES!r}"
    )
