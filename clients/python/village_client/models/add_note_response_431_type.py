from typing import Literal

AddNoteResponse431Type = Literal["/problems/request-header-fields-too-large"]

ADD_NOTE_RESPONSE_431_TYPE_VALUES: set[AddNoteResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_add_note_response_431_type(value: str) -> AddNoteResponse431Type:
    if value in ADD_NOTE_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_NOTE_RESPONSE_431_TYPE_VALUES!r}"
    )
