from typing import Literal

ListNotesResponse414Type = Literal["/problems/uri-too-long"]

LIST_NOTES_RESPONSE_414_TYPE_VALUES: set[ListNotesResponse414Type] = {
    "/problems/uri-too-long",
}


def check_list_notes_response_414_type(value: str) -> ListNotesResponse414Type:
    if value in LIST_NOTES_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_NOTES_RESPONSE_414_TYPE_VALUES!r}"
    )
