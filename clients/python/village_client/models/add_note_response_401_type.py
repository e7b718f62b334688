from typing import Literal

AddNoteResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

ADD_NOTE_RESPONSE_401_TYPE_VALUES: set[AddNoteResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_add_note_response_401_type(value: str) -> AddNoteResponse401Type:
    if value in ADD_NOTE_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_NOTE_RESPONSE_401_TYPE_VALUES!r}"
    )
