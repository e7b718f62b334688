from typing import Literal

AddNoteResponse503Type = Literal["/problems/service-unavailable"]

ADD_NOTE_RESPONSE_503_TYPE_VALUES: set[AddNoteResponse503Type] = {
    "/problems/service-unavailable",
}


def check_add_note_response_503_type(value: str) -> AddNoteResponse503Type:
    if value in ADD_NOTE_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_NOTE_RESPONSE_503_TYPE_VALUES!r}"
    )
