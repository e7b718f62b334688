from typing import Literal

AddNoteResponse429Type = Literal["/problems/rate-limited"]

ADD_NOTE_RESPONSE_429_TYPE_VALUES: set[AddNoteResponse429Type] = {
    "/problems/rate-limited",
}


def check_add_note_response_429_type(value: str) -> AddNoteResponse429Type:
    if value in ADD_NOTE_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_NOTE_RESPONSE_429_TYPE_VALUES!r}"
    )
