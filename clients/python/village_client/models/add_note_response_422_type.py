from typing import Literal

AddNoteResponse422Type = Literal["/problems/idempotency-key-reused", "/problems/validation-error"]

ADD_NOTE_RESPONSE_422_TYPE_VALUES: set[AddNoteResponse422Type] = {
    "/problems/idempotency-key-reused",
    "/problems/validation-error",
}


def check_add_note_response_422_type(value: str) -> AddNoteResponse422Type:
    if value in ADD_NOTE_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_NOTE_RESPONSE_422_TYPE_VALUES!r}"
    )
