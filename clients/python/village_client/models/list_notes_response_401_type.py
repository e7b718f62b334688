from typing import Literal

ListNotesResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

LIST_NOTES_RESPONSE_401_TYPE_VALUES: set[ListNotesResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_list_notes_response_401_type(value: str) -> ListNotesResponse401Type:
    if value in LIST_NOTES_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_NOTES_RESPONSE_401_TYPE_VALUES!r}"
    )
