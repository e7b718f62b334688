from typing import Literal

AddNoteResponse414Type = Literal["/problems/uri-too-long"]

ADD_NOTE_RESPONSE_414_TYPE_VALUES: set[AddNoteResponse414Type] = {
    "/problems/uri-too-long",
}


def check_add_note_response_414_type(value: str) -> AddNoteResponse414Type:
    if value in ADD_NOTE_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_NOTE_RESPONSE_414_TYPE_VALUES!r}"
    )
