from typing import Literal

MeetupKind = Literal["class", "coffee", "online", "other", "park", "playgroup"]

MEETUP_KIND_VALUES: set[MeetupKind] = {
    "class",
    "coffee",
    "online",
    "other",
    "park",
    "playgroup",
}


def check_meetup_kind(value: str) -> MeetupKind:
    if value in MEETUP_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEETUP_KIND_VALUES!r}")
