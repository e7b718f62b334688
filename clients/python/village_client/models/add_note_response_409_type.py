from typing import Literal

AddNoteResponse409Type = Literal["/problems/idempotency-in-flight"]

ADD_NOTE_RESPONSE_409_TYPE_VALUES: set[AddNoteResponse409Type] = {
    "/problems/idempotency-in-flight",
}


def check_add_note_response_409_type(value: str) -> AddNoteResponse409Type:
    if value in ADD_NOTE_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_NOTE_RESPONSE_409_TYPE_VALUES!r}"
    )
