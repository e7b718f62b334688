from typing import Literal

ListNotesResponse429Type = Literal["/problems/rate-limited"]

LIST_NOTES_RESPONSE_429_TYPE_VALUES: set[ListNotesResponse429Type] = {
    "/problems/rate-limited",
}


def check_list_notes_response_429_type(value: str) -> ListNotesResponse429Type:
    if value in LIST_NOTES_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_NOTES_RESPONSE_429_TYPE_VALUES!r}"
    )
