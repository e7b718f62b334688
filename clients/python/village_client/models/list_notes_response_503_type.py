from typing import Literal

ListNotesResponse503Type = Literal["/problems/service-unavailable"]

LIST_NOTES_RESPONSE_503_TYPE_VALUES: set[ListNotesResponse503Type] = {
    "/problems/service-unavailable",
}


def check_list_notes_response_503_type(value: str) -> ListNotesResponse503Type:
    if value in LIST_NOTES_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_NOTES_RESPONSE_503_TYPE_VALUES!r}"
    )
