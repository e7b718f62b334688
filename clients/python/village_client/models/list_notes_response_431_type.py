from typing import Literal

ListNotesResponse431Type = Literal["/problems/request-header-fields-too-large"]

LIST_NOTES_RESPONSE_431_TYPE_VALUES: set[ListNotesResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_list_notes_response_431_type(value: str) -> ListNotesResponse431Type:
    if value in LIST_NOTES_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_NOTES_RESPONSE_431_TYPE_VALUES!r}"
    )
