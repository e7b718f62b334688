from typing import Literal

AddNoteResponse403Type = Literal[
    "/problems/forbidden", "/problems/insufficient-scope", "/problems/suspended"
]

ADD_NOTE_RESPONSE_403_TYPE_VALUES: set[AddNoteResponse403Type] = {
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_add_note_response_403_type(value: str) -> AddNoteResponse403Type:
    if value in ADD_NOTE_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_NOTE_RESPONSE_403_TYPE_VALUES!r}"
    )
