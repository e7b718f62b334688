from typing import Literal

AddNoteResponse413Type = Literal["/problems/payload-too-large"]

ADD_NOTE_RESPONSE_413_TYPE_VALUES: set[AddNoteResponse413Type] = {
    "/problems/payload-too-large",
}


def check_add_note_response_413_type(value: str) -> AddNoteResponse413Type:
    if value in ADD_NOTE_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_NOTE_RESPONSE_413_TYPE_VALUES!r}"
    )
