"""Areas are free text that people type ("Leeds North", "leeds  north"): one normalised key
per area, so that both are one area, and lists filter by a prefix of it."""

from __future__ import annotations

import unicodedata

MAX_AREA_CHARS = 80


def display_area(area: str) -> str:
    """The area as shown: runs of white space made one space, ends trimmed."""
    return " ".join(area.split())


def area_key(area: str) -> str:
    """The area's key: NFKC, case folded, runs of white space made one space."""
    return " ".join(unicodedata.normalize("NFKC", area).casefold().split())


def area_prefix_pattern(prefix: str) -> str:
    """A LIKE pattern for the keys that start with `prefix`'s key (`%`, `_` and the escape
    character matched literally: LIKE … ESCAPE '\\')."""
    key = area_key(prefix)
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"
