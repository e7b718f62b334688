from typing import Literal

AddNoteResponse400Type = Literal["/problems/malformed-json"]

ADD_NOTE_RESPONSE_400_TYPE_VALUES: set[AddNoteResponse400Type] = {
    "/problems/malformed-json",
}


def check_add_note_response_400_type(value: str) -> AddNoteResponse400Type:
    if value in ADD_NOTE_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_NOTE_RESPONSE_400_TYPE_VALUES!r}"
    )
