from typing import Literal

ListNotesResponse422Type = Literal["/problems/validation-error"]

LIST_NOTES_RESPONSE_422_TYPE_VALUES: set[ListNotesResponse422Type] = {
    "/problems/validation-error",
}


def check_list_notes_response_422_type(value: str) -> ListNotesResponse422Type:
    if value in LIST_NOTES_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_NOTES_RESPONSE_422_TYPE_VALUES!r}"
    )
