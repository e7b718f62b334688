from typing import Literal

AddNoteResponse404Type = Literal["/problems/not-found"]

ADD_NOTE_RESPONSE_404_TYPE_VALUES: set[AddNoteResponse404Type] = {
    "/problems/not-found",
}


def check_add_note_response_404_type(value: str) -> AddNoteResponse404Type:
    if value in ADD_NOTE_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_NOTE_RESPONSE_404_TYPE_VALUES!r}"
    )
