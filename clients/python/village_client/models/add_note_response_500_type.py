from typing import Literal

AddNoteResponse500Type = Literal["/problems/internal-error"]

ADD_NOTE_RESPONSE_500_TYPE_VALUES: set[AddNoteResponse500Type] = {
    "/problems/internal-error",
}


def check_add_note_response_500_type(value: str) -> AddNoteResponse500Type:
    if value in ADD_NOTE_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_NOTE_RESPONSE_500_TYPE_VALUES!r}"
    )
